# Scores and blend with np.einsum and an inline stable softmax (subtracts the largest score) instead of K @ q, the
# provided softmax and weights @ V: the same numbers.
def soft_lookup(q, K, V):
    scores = np.einsum("td,d->t", K, q)
    e = np.exp(scores - scores.max())
    return np.einsum("t,tv->v", e / e.sum(), V)
