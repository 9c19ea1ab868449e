# Degenerate stub: returns a loss of 0.0 whatever the model size.
def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    return 0.0
