# Right: flattens the leading axes into one, multiplies the (rows, n_features) matrix by W, and restores the axes.
def dense_on_panel(X, W, b):
    X, W, b = np.asarray(X), np.asarray(W), np.asarray(b)
    Y = X.reshape(-1, X.shape[-1]) @ W + b
    return Y.reshape(X.shape[:-1] + (W.shape[1],))
