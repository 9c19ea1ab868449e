# Takes the softmax over the query axis (axis=0), so columns instead of rows sum to 1.
def scaled_dot_product_attention(Q, K, V):
    weights = softmax(Q @ K.T / np.sqrt(Q.shape[-1]), axis=0)
    return weights @ V, weights
