# Degenerate stub: returns all-zero output and weights of the right shapes without computing attention.
def scaled_dot_product_attention(Q, K, V):
    return np.zeros((Q.shape[0], V.shape[1])), np.zeros((Q.shape[0], K.shape[0]))
