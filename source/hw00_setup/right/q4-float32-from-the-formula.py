# Computes in float32 instead of float64 and writes sigma from the formula, the square root of the mean squared
# deviation (keepdims=True), instead of X.std(axis=0): the same population (ddof=0) standardisation of each column.
def standardize(X):
    X = np.asarray(X, dtype="float32")
    centred = X - X.mean(axis=0, keepdims=True)
    sigma = np.sqrt(np.mean(centred ** 2, axis=0, keepdims=True))
    return centred / sigma
