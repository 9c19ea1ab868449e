# Sums the squared differences over the pixels instead of averaging them.
def reconstruction_errors(X, X_hat):
    X = np.asarray(X, dtype="float32")
    X_hat = np.asarray(X_hat, dtype="float32")
    return np.sum((X - X_hat) ** 2, axis=1)
