# Divides by the seconds of one petaflop/s-day written out (1e15 * 86,400 = 8.64e19 FLOPs) and multiplies 6 * N * D
# in another order: the same numbers.
def training_flops(n_params, n_tokens):
    return n_params * n_tokens * 6


def flops_to_pf_days(flops):
    return flops / 8.64e19
