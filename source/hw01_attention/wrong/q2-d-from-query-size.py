# Takes d as Q.size, the number of entries of Q (T * d), instead of its width Q.shape[-1]: right only for one query.
def scaled_dot_product_attention(Q, K, V):
    d = Q.size
    weights = softmax(Q @ K.T / np.sqrt(d), axis=-1)
    return weights @ V, weights
