# Causal mask without the diagonal (strictly lower triangle, j < i): a position cannot attend to itself.
def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool), k=-1)
