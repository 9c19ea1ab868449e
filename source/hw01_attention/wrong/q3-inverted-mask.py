# Uses the TF tutorial's encoding (True = blocked, the strict upper triangle) instead of True = may attend.
def causal_mask(T):
    return np.triu(np.ones((T, T), dtype=bool), k=1)
