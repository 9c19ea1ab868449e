# Puts the one-hot label before the code instead of after it.
def cvae_decoder_input(z, labels, n_classes):
    z = np.asarray(z, dtype="float32")
    one_hot = np.eye(n_classes, dtype="float32")[np.asarray(labels, dtype=int)]
    return np.concatenate([one_hot, z], axis=1)


def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + n_classes,))
    h = layers.Dense(64, activation="relu")(inputs)
    outputs = layers.Dense(output_dim, activation="sigmoid")(h)
    return keras.Model(inputs, outputs, name="cvae_decoder")
