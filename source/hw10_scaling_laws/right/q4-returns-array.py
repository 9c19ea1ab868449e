# Returns the pair as a NumPy array np.array([N, D]) instead of a tuple: it unpacks the same way.
def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = np.sqrt(compute / (6.0 * tokens_per_param))
    return np.array([n_params, tokens_per_param * n_params])
