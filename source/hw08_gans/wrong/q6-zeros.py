# Degenerate stub: trains nothing and returns a history of zeros of the right length.
def train_gan(G, D, X, epochs=1, batch_size=64, seed=0):
    n = epochs * (len(X) // batch_size)
    return {"d_loss": [0.0] * n, "g_loss": [0.0] * n}
