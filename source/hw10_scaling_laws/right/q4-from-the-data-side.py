# Solves for the tokens first: with N = D / r, C = 6 D^2 / r, so D = sqrt(C r / 6) and N = D / r: the same pair.
def chinchilla_optimal(compute, tokens_per_param=20):
    n_tokens = np.sqrt(compute * tokens_per_param / 6.0)
    return n_tokens / tokens_per_param, n_tokens
