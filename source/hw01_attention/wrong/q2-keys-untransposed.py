# Scores computed as Q @ K instead of Q @ K.T: fails unless there are as many keys as dimensions (T' = d).
def scaled_dot_product_attention(Q, K, V):
    d = Q.shape[-1]
    scores = Q @ K / np.sqrt(d)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
