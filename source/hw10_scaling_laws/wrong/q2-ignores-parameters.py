# Hard-codes the prompt's constants: n_c and alpha_n are accepted but never used.
def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    return (8.8e13 / n_params) ** 0.076
