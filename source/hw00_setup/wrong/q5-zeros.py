# Degenerate stub: returns an (n, m) array of zeros without computing any distance.
def pairwise_sq_dists(A, B):
    return np.zeros((np.shape(A)[0], np.shape(B)[0]))
