# Scales the queries in place (Q /= sqrt(d)) before the product: the result is right, but the caller's array Q comes
# back divided by sqrt(d).
def scaled_dot_product_attention(Q, K, V):
    Q /= np.sqrt(Q.shape[-1])
    weights = softmax(Q @ K.T, axis=-1)
    return weights @ V, weights
