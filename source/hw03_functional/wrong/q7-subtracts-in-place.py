# Subtracts the forecast from r in place (r -= r_hat) to save a temporary array: the value is right, but np.asarray(r)
# is the caller's array itself, so the caller's returns are overwritten with the residuals.
def total_r2(r, r_hat):
    r = np.asarray(r)
    total = np.sum(r ** 2)
    r -= r_hat
    return float(1.0 - np.sum(r ** 2) / total)
