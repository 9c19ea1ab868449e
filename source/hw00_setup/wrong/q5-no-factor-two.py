# Uses the expansion |a|^2 + |b|^2 - 2 a.b but forgets the factor 2 on the cross term.
def pairwise_sq_dists(A, B):
    A = np.asarray(A, dtype="float64")
    B = np.asarray(B, dtype="float64")
    return (A ** 2).sum(1)[:, None] + (B ** 2).sum(1)[None, :] - A @ B.T
