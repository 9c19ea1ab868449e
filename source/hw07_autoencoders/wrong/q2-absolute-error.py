# Averages the absolute differences (the mean absolute error) instead of the squared ones.
def reconstruction_errors(X, X_hat):
    X = np.asarray(X, dtype="float32")
    X_hat = np.asarray(X_hat, dtype="float32")
    return np.mean(np.abs(X - X_hat), axis=1)
