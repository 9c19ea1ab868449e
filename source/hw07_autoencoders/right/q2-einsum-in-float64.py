# Sums the squared differences of each row with np.einsum("ij,ij->i") in float64 and divides by the number of pixels d,
# instead of np.mean(..., axis=1) in float32: the same per-example mean squared error, a NumPy array of shape (n,).
def reconstruction_errors(X, X_hat):
    diff = np.asarray(X, dtype="float64") - np.asarray(X_hat, dtype="float64")
    return np.einsum("ij,ij->i", diff, diff) / diff.shape[1]
