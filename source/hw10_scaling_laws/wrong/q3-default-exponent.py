# Hard-codes Kaplan's 0.74 and ignores the exponent argument.
def data_multiplier(param_multiplier, exponent=0.74):
    return param_multiplier ** 0.74
