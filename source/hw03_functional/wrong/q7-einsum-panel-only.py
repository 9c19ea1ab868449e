# Sums the squares with an einsum written for a (periods, stocks) panel, "tn,tn->": right for 2-D arrays, but it
# raises for a 1-D or 3-D array, which the prompt allows (any shape).
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    error = r - np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.einsum("tn,tn->", error, error) / np.einsum("tn,tn->", r, r))
