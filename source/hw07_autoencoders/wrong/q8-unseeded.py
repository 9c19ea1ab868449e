# Draws the codes from NumPy's global generator: the seed is ignored, so the same seed gives other digits.
def generate_digits(decoder, n, latent_dim, seed=0):
    z = np.random.standard_normal((n, latent_dim)).astype("float32")
    return np.asarray(decoder(z))
