# Uses np.dot(X, W) + b instead of X @ W + b: for a 2-D W, np.dot contracts the last axis of X with the first of W
# whatever X's number of leading axes, so it is the same product.
def dense_on_panel(X, W, b):
    return np.dot(np.asarray(X), np.asarray(W)) + np.asarray(b)
