# Masks by subtracting a modest constant (-10) from forbidden scores: their weights are small but not exactly 0.
def masked_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[-1]) - 10.0 * (1 - np.asarray(mask, dtype=float))
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
