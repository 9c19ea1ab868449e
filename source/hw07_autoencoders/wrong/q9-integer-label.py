# Appends the integer label as a single number instead of its one-hot vector (input width latent_dim + 1).
def cvae_decoder_input(z, labels, n_classes):
    z = np.asarray(z, dtype="float32")
    return np.concatenate([z, np.asarray(labels, dtype="float32").reshape(-1, 1)], axis=1)


def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + 1,))
    h = layers.Dense(64, activation="relu")(inputs)
    outputs = layers.Dense(output_dim, activation="sigmoid")(h)
    return keras.Model(inputs, outputs, name="cvae_decoder")
