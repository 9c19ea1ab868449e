# Draws the codes with rng.normal(0.0, 1.0, size=...), the same stream as rng.standard_normal, and predicts in one
# batch.
def generate_digits(decoder, n, latent_dim, seed=0):
    rng = np.random.default_rng(seed)
    z = rng.normal(0.0, 1.0, size=(n, latent_dim)).astype("float32")
    return np.asarray(decoder.predict(z, batch_size=max(n, 1), verbose=0))
