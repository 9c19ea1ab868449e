# Draws the codes uniformly from [0, 1) instead of from the standard normal prior.
def generate_digits(decoder, n, latent_dim, seed=0):
    rng = np.random.default_rng(seed)
    z = rng.random((n, latent_dim)).astype("float32")
    return np.asarray(decoder(z))
