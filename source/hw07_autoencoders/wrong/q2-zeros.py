# Degenerate stub: returns an error of zero for every example.
def reconstruction_errors(X, X_hat):
    return np.zeros(len(X), dtype="float32")
