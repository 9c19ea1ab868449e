# Degenerate stub: both multipliers are the constant 0.0.
def data_multiplier(param_multiplier, exponent=0.74):
    return 0.0


def loss_multiplier(param_multiplier, alpha_n=0.076):
    return 0.0
