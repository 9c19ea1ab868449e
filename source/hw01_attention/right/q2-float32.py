# Casts Q, K and V to float32 first, as Keras does by default, and computes the same formula: float32 precision.
def scaled_dot_product_attention(Q, K, V):
    Q, K, V = (np.asarray(a, dtype=np.float32) for a in (Q, K, V))
    weights = softmax(Q @ K.T / np.sqrt(np.float32(Q.shape[-1])), axis=-1)
    return weights @ V, weights
