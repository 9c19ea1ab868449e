# Computes the dot products and the weighted average with broadcasting and sums over axes (no matrix products): s_t =
# sum_l K[t, l] q[l], out = sum_t alpha_t V[t].
def soft_lookup(q, K, V):
    q, K, V = np.asarray(q), np.asarray(K), np.asarray(V)
    weights = softmax(np.sum(K * q[None, :], axis=1))
    return np.sum(weights[:, None] * V, axis=0)
