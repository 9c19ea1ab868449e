# Scales the queries in place (Q /= np.sqrt(d)) before masking, as an early draft of Question 2 did: the caller's Q
# (and, in self-attention, K and V, the same array) comes back divided.
def masked_attention(Q, K, V, mask):
    Q /= np.sqrt(Q.shape[-1])
    weights = softmax(np.where(mask, Q @ K.T, -np.inf), axis=-1)
    return weights @ V, weights
