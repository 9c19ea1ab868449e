# Writes its own softmax without subtracting the maximum score: np.exp overflows to inf (and the result to nan) for
# large scores.
def soft_lookup(q, K, V):
    e = np.exp(K @ q)
    return (e / e.sum()) @ V
