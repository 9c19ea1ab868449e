# Raises a float copy of the ratios to the power in place (np.array(..., dtype=float), then **=) instead of returning
# param_multiplier ** exponent: the same factors, and the caller's array stays as it was.
def data_multiplier(param_multiplier, exponent=0.74):
    factor = np.array(param_multiplier, dtype=float)
    factor **= exponent
    return factor


def loss_multiplier(param_multiplier, alpha_n=0.076):
    factor = np.array(param_multiplier, dtype=float)
    factor **= -alpha_n
    return factor
