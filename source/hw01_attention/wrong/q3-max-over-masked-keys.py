# Stabilises with each row's maximum over ALL keys, the forbidden ones included, then zeroes the forbidden terms: when a
# forbidden score lies far above the allowed ones, every allowed term underflows to 0 and the row is 0 / 0 = nan.
def masked_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True)) * mask
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ V, weights
