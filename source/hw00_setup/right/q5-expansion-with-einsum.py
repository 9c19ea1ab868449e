# Uses the expansion |a - b|^2 = |a|^2 + |b|^2 - 2 a.b, which the question allows, with np.einsum for the squared
# norms and a matrix product for the dot products (clipped at 0 against rounding), instead of broadcasting.
def pairwise_sq_dists(A, B):
    A = np.asarray(A, dtype="float64")
    B = np.asarray(B, dtype="float64")
    squared = np.einsum("id,id->i", A, A)[:, None] + np.einsum("jd,jd->j", B, B)[None, :] - 2.0 * A @ B.T
    return np.maximum(squared, 0.0)
