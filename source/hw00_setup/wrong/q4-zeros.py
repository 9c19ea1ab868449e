# Degenerate stub: returns zeros of the input's shape (every column has mean 0, but std 0 instead of 1).
def standardize(X):
    return np.zeros_like(np.asarray(X, dtype="float64"))
