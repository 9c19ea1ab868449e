# Degenerate stub: an all-True mask and constant weights 1/T' that ignore the scores and the mask.
def causal_mask(T):
    return np.ones((T, T), dtype=bool)


def masked_attention(Q, K, V, mask):
    weights = np.full((Q.shape[0], K.shape[0]), 1.0 / K.shape[0])
    return weights @ V, weights
