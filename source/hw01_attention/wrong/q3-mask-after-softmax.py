# Applies the mask after the softmax (zeroes weights without renormalising): rows no longer sum to 1.
def masked_attention(Q, K, V, mask):
    weights = softmax(Q @ K.T / np.sqrt(Q.shape[-1]), axis=-1) * mask
    return weights @ V, weights
