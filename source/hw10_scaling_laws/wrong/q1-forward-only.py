# Counts only the forward pass (2 N D) instead of forward plus backward (6 N D).
def training_flops(n_params, n_tokens):
    return 2.0 * n_params * n_tokens
