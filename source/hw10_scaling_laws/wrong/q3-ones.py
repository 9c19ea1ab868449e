# Degenerate stub: both multipliers are the constant 1.0, as if nothing changed with the model size.
def data_multiplier(param_multiplier, exponent=0.74):
    return 1.0


def loss_multiplier(param_multiplier, alpha_n=0.076):
    return 1.0
