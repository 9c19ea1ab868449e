# Degenerate stub: returns zeros of the right shape (..., units) without applying W or b.
def dense_on_panel(X, W, b):
    return np.zeros(np.shape(X)[:-1] + (np.shape(W)[-1],))
