# Builds the causal mask by comparing index vectors (j <= i by broadcasting) and masks with boolean assignment on the
# score matrix (scores[~mask] = -inf) instead of np.where.
def causal_mask(T):
    positions = np.arange(T)
    return positions[None, :] <= positions[:, None]


def masked_attention(Q, K, V, mask):
    mask = np.asarray(mask, dtype=bool)
    scores = np.matmul(Q, np.transpose(K)) / np.sqrt(np.shape(K)[1])
    scores[~mask] = -np.inf
    weights = softmax(scores, axis=1)
    return np.matmul(weights, V), weights
