# Degenerate stub: constant weights 1/T' (rows sum to 1) that ignore the queries and keys.
def scaled_dot_product_attention(Q, K, V):
    weights = np.full((Q.shape[0], K.shape[0]), 1.0 / K.shape[0])
    return weights @ V, weights
