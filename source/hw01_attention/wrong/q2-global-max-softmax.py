# Writes its own softmax that subtracts the maximum of the WHOLE score matrix instead of each row's maximum: a row far
# below the global maximum underflows to 0 / 0 = nan.
def scaled_dot_product_attention(Q, K, V):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    e = np.exp(scores - scores.max())
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ V, weights
