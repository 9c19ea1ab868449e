# Degenerate stub: trains nothing and returns empty histories.
def train_gan(G, D, X, epochs=1, batch_size=64, seed=0):
    return {"d_loss": [], "g_loss": []}
