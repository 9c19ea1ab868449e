# Writes the sums of squares as squared norms with np.linalg.norm's default (no ord, no axis), which is the 2-norm of
# the flattened array for any shape (unlike ord="fro", 2-D only): the same sums over all entries.
def total_r2(r, r_hat):
    r, r_hat = np.asarray(r, dtype="float64"), np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.linalg.norm(r - r_hat) ** 2 / np.linalg.norm(r) ** 2)
