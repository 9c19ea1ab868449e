# Flattens both arrays and computes the sums of squares as dot products (e @ e, r @ r): the same sums over all entries.
def total_r2(r, r_hat):
    r = np.ravel(np.asarray(r, dtype="float64"))
    error = r - np.ravel(np.asarray(r_hat, dtype="float64"))
    return float(1.0 - np.dot(error, error) / np.dot(r, r))
