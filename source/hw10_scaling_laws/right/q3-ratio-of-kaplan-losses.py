# Takes the loss factor literally as the ratio L(kN) / L(N) of two kaplan_loss values (at a reference size of 1e9;
# N_c cancels) and the data factor with np.power: the same k ** -alpha_n and k ** exponent up to rounding.
def data_multiplier(param_multiplier, exponent=0.74):
    return np.power(param_multiplier, exponent)


def loss_multiplier(param_multiplier, alpha_n=0.076):
    reference = 1e9
    return kaplan_loss(param_multiplier * reference, alpha_n=alpha_n) / kaplan_loss(reference, alpha_n=alpha_n)
