# Degenerate stub: returns zeros of the right shape (dv,) without computing any lookup.
def soft_lookup(q, K, V):
    return np.zeros(np.shape(V)[-1])
