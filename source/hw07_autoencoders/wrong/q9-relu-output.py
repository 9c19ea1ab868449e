# Ends the CVAE decoder with a ReLU instead of a sigmoid: the outputs are never negative, but nothing keeps them
# below 1, the largest pixel intensity.
def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + n_classes,))
    h = layers.Dense(64, activation="relu")(inputs)
    outputs = layers.Dense(output_dim, activation="relu")(h)
    return keras.Model(inputs, outputs, name="cvae_decoder")
