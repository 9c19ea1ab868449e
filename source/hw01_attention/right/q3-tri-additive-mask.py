# Builds the causal mask with np.tri(T, dtype=bool) and masks by ADDING 0 or -inf to the scores (np.where on the mask
# only) instead of np.where on the scores: forbidden scores are still -inf before the softmax.
def causal_mask(T):
    return np.tri(T, dtype=bool)


def masked_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    scores = scores + np.where(np.asarray(mask, dtype=bool), 0.0, -np.inf)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
