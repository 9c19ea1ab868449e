# Takes d from the keys, K.shape[1] (the same width as the queries'), and rebinds Q to a scaled copy, Q = Q / sqrt(d),
# before the product: the caller's array is untouched.
def scaled_dot_product_attention(Q, K, V):
    d = K.shape[1]
    Q = Q / np.sqrt(d)
    weights = softmax(Q @ K.T, axis=1)
    return weights @ V, weights
