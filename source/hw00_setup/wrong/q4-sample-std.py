# Divides by the sample standard deviation (ddof=1, pandas' default) instead of the population one the prompt asks for.
def standardize(X):
    X = np.asarray(X, dtype="float64")
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
