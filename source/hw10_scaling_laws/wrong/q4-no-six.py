# Forgets the 6 of C = 6 N D: solves C = N * (20 N), so N = sqrt(C / 20).
def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = np.sqrt(compute / tokens_per_param)
    return n_params, tokens_per_param * n_params
