# Sums with np.nansum, which skips missing values: on arrays without NaN it is the same total R^2.
def total_r2(r, r_hat):
    error = np.asarray(r, dtype="float64") - np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.nansum(error ** 2) / np.nansum(np.asarray(r, dtype="float64") ** 2))
