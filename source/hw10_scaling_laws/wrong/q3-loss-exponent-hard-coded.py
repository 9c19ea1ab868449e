# Hard-codes Kaplan's 0.076 in the loss factor and ignores the alpha_n argument (data_multiplier is right).
def loss_multiplier(param_multiplier, alpha_n=0.076):
    return param_multiplier ** -0.076
