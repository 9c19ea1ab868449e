# Squeezes the result (to drop a keepdims axis), which also drops the batch axis of a batch of one image: for X of
# shape (1, d) it returns a 0-d array, shape (), not one error per example, shape (1,).
def reconstruction_errors(X, X_hat):
    X = np.asarray(X, dtype="float32")
    X_hat = np.asarray(X_hat, dtype="float32")
    return np.squeeze(np.mean((X - X_hat) ** 2, axis=1, keepdims=True))
