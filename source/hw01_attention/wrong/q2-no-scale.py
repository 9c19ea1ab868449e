# Forgets the 1/sqrt(d) scale of the scores.
def scaled_dot_product_attention(Q, K, V):
    weights = softmax(Q @ K.T, axis=-1)
    return weights @ V, weights
