# Scores the keys as a column, K @ q.reshape(-1, 1) of shape (T, 1), and squeezes it to (T,): for a single key (T = 1)
# np.squeeze drops the key axis too, the scores become a 0-d array, and the softmax over axis -1 fails.
def soft_lookup(q, K, V):
    scores = np.squeeze(K @ q.reshape(-1, 1))   # (T,)
    weights = softmax(scores)
    return weights @ V
