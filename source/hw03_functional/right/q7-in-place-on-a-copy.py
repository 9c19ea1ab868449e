# Subtracts in place, but on its own copy (np.array copies; np.asarray would not): the caller's r and r_hat stay as they
# were, and the sums are the same.
def total_r2(r, r_hat):
    error = np.array(r, dtype="float64")
    total = np.sum(error ** 2)
    error -= np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.sum(error ** 2) / total)
