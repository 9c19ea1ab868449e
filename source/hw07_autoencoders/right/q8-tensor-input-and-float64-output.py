# Draws the codes exactly as instructed, hands them to the decoder as a tensor (ops.convert_to_tensor) in inference
# mode (training=False) and returns the images as a float64 NumPy array: the question fixes how z is drawn and the
# shape of the result, not its dtype, and the values are the decoder's output.
def generate_digits(decoder, n, latent_dim, seed=0):
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, latent_dim)).astype("float32")
    images = decoder(ops.convert_to_tensor(z), training=False)
    return np.asarray(ops.convert_to_numpy(images), dtype="float64")
