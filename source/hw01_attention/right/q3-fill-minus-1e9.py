# Replaces the forbidden scores by the TF tutorial's finite -1e9 (np.where(mask, scores, -1e9)) instead of -inf: far
# below any score these inputs reach, so exp(-1e9 - row max) is exactly 0 and the weights are the same.
def masked_attention(Q, K, V, mask):
    scores = np.where(mask, Q @ K.T / np.sqrt(Q.shape[-1]), -1e9)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
