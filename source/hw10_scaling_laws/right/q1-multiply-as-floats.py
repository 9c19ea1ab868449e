# Multiplies the counts with np.multiply(..., dtype=float), which converts integer counts to float64 before the product
# (no int64 overflow), then scales by 6; PF-days as np.divide by 8.64e19: the same values, element-wise on arrays.
def training_flops(n_params, n_tokens):
    return 6 * np.multiply(n_params, n_tokens, dtype=float)


def flops_to_pf_days(flops):
    return np.divide(flops, 1e15 * 24 * 3600)
