# Decodes the codes with decoder.predict(z, verbose=0), which already returns a NumPy array, instead of
# np.asarray(decoder(z)): the codes are drawn exactly as instructed and the decoder's output is the same.
def generate_digits(decoder, n, latent_dim, seed=0):
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, latent_dim)).astype("float32")
    return decoder.predict(z, verbose=0)
