# Multiplies the counts as they come, 6 * n_params * n_tokens: exact for Python ints and floats, but NumPy int64 arrays
# of sizes and tokens wrap around silently past 2**63 - 1 = 9.2e18 (a 2.8B model on 300B tokens is 5.04e21 FLOPs).
def training_flops(n_params, n_tokens):
    return 6 * n_params * n_tokens


def flops_to_pf_days(flops):
    return flops / (1e15 * SECONDS_PER_DAY)
