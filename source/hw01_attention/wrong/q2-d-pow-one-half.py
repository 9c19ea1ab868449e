# Writes sqrt(d) as d ** 1/2, which Python reads as (d ** 1) / 2 = d / 2: the same as sqrt(d) only for d = 4.
def scaled_dot_product_attention(Q, K, V):
    d = Q.shape[-1]
    weights = softmax(Q @ K.T / (d ** 1/2), axis=-1)
    return weights @ V, weights
