# Builds the one-hot rows by comparing the labels with np.arange(n_classes) instead of indexing np.eye, joins with
# np.hstack and casts the result to float32; the decoder has 32 hidden units instead of 64, a sigmoid given as
# keras.activations.sigmoid, and layers and model named freely: the same [z ; e_c] array and the same kind of network.
def cvae_decoder_input(z, labels, n_classes):
    labels = np.asarray(labels).reshape(-1)
    one_hot = labels[:, None] == np.arange(n_classes)[None, :]
    return np.hstack([np.asarray(z), one_hot]).astype(np.float32)


def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + n_classes,), name="code_and_label")
    hidden = layers.Dense(32, activation="relu", name="hidden")(inputs)
    outputs = layers.Dense(output_dim, activation=keras.activations.sigmoid, name="pixels")(hidden)
    return keras.Model(inputs=inputs, outputs=outputs, name="conditional_decoder")
