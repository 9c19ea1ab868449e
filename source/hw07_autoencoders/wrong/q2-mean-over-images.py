# Averages over the images (axis 0) instead of over the pixels: one error per pixel, not per example.
def reconstruction_errors(X, X_hat):
    X = np.asarray(X, dtype="float32")
    X_hat = np.asarray(X_hat, dtype="float32")
    return np.mean((X - X_hat) ** 2, axis=0)
