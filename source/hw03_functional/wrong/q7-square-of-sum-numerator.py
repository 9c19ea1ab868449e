# Squares the sum of the errors, np.sum(r - r_hat) ** 2, instead of summing the squared errors.
def total_r2(r, r_hat):
    r, r_hat = np.asarray(r, dtype="float64"), np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.sum(r - r_hat) ** 2 / np.sum(r ** 2))
