# Scores the keys as a column, K @ q.reshape(-1, 1) of shape (T, 1), and flattens it with .reshape(-1), which keeps one
# entry per key also for T = 1; np.dot for the weighted sum of the values.
def soft_lookup(q, K, V):
    scores = (K @ q.reshape(-1, 1)).reshape(-1)   # (T,)
    weights = softmax(scores)
    return np.dot(weights, V)
