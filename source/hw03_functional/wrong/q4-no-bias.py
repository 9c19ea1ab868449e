# Forgets to add the bias.
def dense_on_panel(X, W, b):
    return np.asarray(X) @ np.asarray(W)
