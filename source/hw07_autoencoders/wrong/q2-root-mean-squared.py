# Returns the root of the mean squared error (RMSE) per example instead of the mean squared error itself.
def reconstruction_errors(X, X_hat):
    X = np.asarray(X, dtype="float32")
    X_hat = np.asarray(X_hat, dtype="float32")
    return np.sqrt(np.mean((X - X_hat) ** 2, axis=1))
