# Degenerate stub: returns the input unchanged.
def standardize(X):
    return np.asarray(X, dtype="float64")
