# Divides the budget in place (compute /= 6 * tokens_per_param) before the square root: right for one budget, but
# given an array of budgets it overwrites the caller's own array with C / (6 r).
def chinchilla_optimal(compute, tokens_per_param=20):
    compute /= 6.0 * tokens_per_param
    n_params = np.sqrt(compute)
    return n_params, tokens_per_param * n_params
