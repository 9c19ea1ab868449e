# Divides by the square of the returns' sum, np.sum(r) ** 2, instead of the sum of their squares, np.sum(r ** 2): the
# returns' signs cancel in the sum, so the denominator is no longer the error of predicting zero.
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    r_hat = np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.sum((r - r_hat) ** 2) / np.sum(r) ** 2)
