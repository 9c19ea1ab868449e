# Calls SciPy's scipy.spatial.distance.cdist with the "sqeuclidean" metric instead of broadcasting by hand: it
# converts its inputs to float64 and returns the same (n, m) array of squared distances.
from scipy.spatial.distance import cdist


def pairwise_sq_dists(A, B):
    return cdist(A, B, "sqeuclidean")
