# Degenerate stub: returns the input X unchanged.
def dense_on_panel(X, W, b):
    return np.asarray(X)
