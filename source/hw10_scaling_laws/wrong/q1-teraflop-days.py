# Converts to teraflop/s-days (1e12 FLOP/s for a day) instead of petaflop/s-days (1e15): 1,000 times too many.
def training_flops(n_params, n_tokens):
    return 6.0 * n_params * n_tokens


def flops_to_pf_days(flops):
    return flops / (1e12 * SECONDS_PER_DAY)
