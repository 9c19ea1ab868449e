# Computes the weights as a column (T, 1) and returns np.squeeze(weights.T @ V): right for dv > 1, but for dv = 1
# squeeze also drops the value axis and returns shape () instead of (1,).
def soft_lookup(q, K, V):
    weights = softmax(K @ q.reshape(-1, 1), axis=0)   # (T, 1): one weight per key
    return np.squeeze(weights.T @ V)
