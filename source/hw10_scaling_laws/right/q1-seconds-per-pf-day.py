# Divides by the seconds of one petaflop/s-day written out (1e15 * 86,400 = 8.64e19 FLOPs) and multiplies 6 * N * D
# in another order, n_params * 6.0 * n_tokens (a float before the second count, so integer counts never multiply as
# int64): the same numbers.
def training_flops(n_params, n_tokens):
    return n_params * 6.0 * n_tokens


def flops_to_pf_days(flops):
    return flops / 8.64e19
