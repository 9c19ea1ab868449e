# Computes the sums of squares with np.vdot, which flattens arrays of any shape, and returns R^2 unclipped (negative
# for a forecast worse than zero): the same sums over all entries.
def total_r2(r, r_hat):
    error = np.subtract(r, r_hat, dtype="float64")
    return float(1.0 - np.vdot(error, error) / np.vdot(r, r))
