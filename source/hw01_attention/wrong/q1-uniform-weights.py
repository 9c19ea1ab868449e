# Degenerate stub: ignores the query and returns the plain mean of the values (constant weights 1/T).
def soft_lookup(q, K, V):
    return np.mean(V, axis=0)
