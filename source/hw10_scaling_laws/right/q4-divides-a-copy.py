# Copies the budget into a new float array, np.array(compute, dtype=float), and divides that copy in place (/=): the
# caller's budgets stay as they were, integer budgets work too, and a single budget comes back as 0-d arrays.
def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = np.array(compute, dtype=float)
    n_params /= 6.0 * tokens_per_param
    n_params = np.sqrt(n_params)
    return n_params, tokens_per_param * n_params
