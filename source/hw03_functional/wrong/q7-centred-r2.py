# Uses the ordinary regression R^2: the denominator subtracts the mean of r.
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    r_hat = np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.sum((r - r_hat) ** 2) / np.sum((r - r.mean()) ** 2))
