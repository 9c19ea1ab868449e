# Implements the formula M * exp(S) / sum(M * exp(S)) literally with a plain np.exp: masked weights are exactly 0 and
# rows sum to 1, but exp overflows to inf (and the weights to nan) for scores in the hundreds.
def masked_attention(Q, K, V, mask):
    e = np.exp(Q @ K.T / np.sqrt(Q.shape[-1])) * mask
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ V, weights
