# Blends the values with np.average(V, axis=0, weights=...) and scores with np.dot(K, q): the same weighted mean.
def soft_lookup(q, K, V):
    return np.average(V, axis=0, weights=softmax(np.dot(K, q)))
