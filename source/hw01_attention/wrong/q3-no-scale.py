# Rewrites attention for masked_attention but forgets the 1/sqrt(d) scale of the scores.
def masked_attention(Q, K, V, mask):
    scores = np.where(mask, Q @ K.T, -np.inf)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
