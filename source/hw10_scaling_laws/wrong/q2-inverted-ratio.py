# Inverts the ratio: (N / N_c) ** alpha, so the loss grows with the model size.
def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    return (n_params / n_c) ** alpha_n
