# A Python loop over the rows of K for the scores, its own stable softmax (the largest score subtracted), and a loop
# that sums weight * value row by row.
def soft_lookup(q, K, V):
    scores = np.array([float(np.dot(k_t, q)) for k_t in K])
    e = np.exp(scores - scores.max())
    weights = e / e.sum()
    out = np.zeros(V.shape[1])
    for w_t, v_t in zip(weights, V):
        out = out + w_t * v_t
    return out
