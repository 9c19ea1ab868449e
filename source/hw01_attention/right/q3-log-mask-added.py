# Adds the logarithm of the mask to the scores, log(1) = 0 and log(0) = -inf: the forbidden scores become -inf before
# the softmax, as with np.where.
def masked_attention(Q, K, V, mask):
    with np.errstate(divide="ignore"):
        scores = Q @ K.T / np.sqrt(Q.shape[-1]) + np.log(np.asarray(mask, dtype=float))
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
