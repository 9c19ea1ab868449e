# Writes the ratio of sums as a ratio of means over the same entries (the 1/n cancels) and returns NumPy's float64,
# which is a subclass of Python's float.
def total_r2(r, r_hat):
    r, r_hat = np.asarray(r, dtype=float), np.asarray(r_hat, dtype=float)
    return 1 - np.mean(np.square(r - r_hat)) / np.mean(np.square(r))
