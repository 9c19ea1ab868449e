# Returns the Euclidean distances themselves (a square root too many), not their squares.
def pairwise_sq_dists(A, B):
    A = np.asarray(A, dtype="float64")
    B = np.asarray(B, dtype="float64")
    return np.sqrt(((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1))
