# Clips the total R^2 at 0 (believing an R^2 lies in [0, 1]): a forecast worse than predicting zero, which the total
# R^2 scores below 0 (a model can do that out of sample), is reported as no worse than predicting zero.
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    r_hat = np.asarray(r_hat, dtype="float64")
    return float(max(0.0, 1.0 - np.sum((r - r_hat) ** 2) / np.sum(r ** 2)))
