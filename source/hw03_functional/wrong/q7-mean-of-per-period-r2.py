# Averages one cross-sectional R^2 per period (row) instead of pooling the sums over all entries.
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    r_hat = np.asarray(r_hat, dtype="float64")
    return float(np.mean(1.0 - np.sum((r - r_hat) ** 2, axis=-1) / np.sum(r ** 2, axis=-1)))
