# Divides by the forecasts' squares sum(r_hat^2) instead of the returns' sum(r^2).
def total_r2(r, r_hat):
    r, r_hat = np.asarray(r, dtype="float64"), np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.sum((r - r_hat) ** 2) / np.sum(r_hat ** 2))
