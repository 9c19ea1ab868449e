# Replaces the forbidden scores by a large negative constant, -1e4, instead of -inf: right while every allowed score
# stays above -10,000, but when all allowed keys score lower than that the forbidden keys win the softmax.
def masked_attention(Q, K, V, mask):
    scores = np.where(mask, Q @ K.T / np.sqrt(Q.shape[-1]), -1e4)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
