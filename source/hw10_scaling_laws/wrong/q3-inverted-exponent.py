# Inverts the exponent of D ∝ N**0.74 (uses k ** (1 / 0.74)), as if N ∝ D**0.74.
def data_multiplier(param_multiplier, exponent=0.74):
    return param_multiplier ** (1.0 / exponent)
