# Divides by sqrt(var + 1e-5), a batch-norm style epsilon that the formula does not have: harmless on wide columns,
# but a column with a small spread (values 0.1, 0.2, 0.3: variance 0.0067) is visibly shrunk.
def standardize(X):
    X = np.asarray(X, dtype="float64")
    return (X - X.mean(axis=0)) / np.sqrt(X.var(axis=0) + 1e-5)
