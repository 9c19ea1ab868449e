# Uses scipy.special.softmax (stable: it subtracts the maximum) along axis 1 and np.dot for the products.
def scaled_dot_product_attention(Q, K, V):
    from scipy.special import softmax as scipy_softmax
    weights = scipy_softmax(np.dot(Q, K.T) / np.sqrt(Q.shape[1]), axis=1)
    return np.dot(weights, V), weights
