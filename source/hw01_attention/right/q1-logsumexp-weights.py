# Normalises in log space: weights = exp(s - logsumexp(s)) with np.logaddexp.reduce, instead of the provided softmax:
# the same weights, stable for large scores (the log-sum-exp is at least the largest score).
def soft_lookup(q, K, V):
    scores = np.dot(K, q)
    weights = np.exp(scores - np.logaddexp.reduce(scores))
    return weights @ V
