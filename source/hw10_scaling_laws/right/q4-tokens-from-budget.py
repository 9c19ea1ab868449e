# Computes the tokens from the budget, D = C / (6 N), once N = sqrt(C / (6 r)) is known: the same pair, since then
# D = r N exactly (up to rounding), and the whole budget is used by construction.
def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = (compute / (6 * tokens_per_param)) ** 0.5
    return n_params, compute / (6 * n_params)
