# Uses PyTorch's nn.Linear layout, X @ W.T + b, as if the kernel W had shape (units, n_features); Keras' kernel has
# shape (n_features, units), so the shapes do not match.
def dense_on_panel(X, W, b):
    return np.asarray(X) @ np.asarray(W).T + np.asarray(b)
