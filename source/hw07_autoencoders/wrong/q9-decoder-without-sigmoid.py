# Forgets the sigmoid on the CVAE decoder's output layer: its outputs are any real numbers, not pixel intensities in
# [0, 1].
def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + n_classes,))
    h = layers.Dense(64, activation="relu")(inputs)
    outputs = layers.Dense(output_dim)(h)
    return keras.Model(inputs, outputs, name="cvae_decoder")
