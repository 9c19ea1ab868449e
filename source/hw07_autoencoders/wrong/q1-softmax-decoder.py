# Ends the decoder with a softmax, a classifier's output layer: the 64 pixels of an image share one unit of intensity.
def build_decoder(latent_dim, output_dim):
    inputs = keras.Input(shape=(latent_dim,))
    h = layers.Dense(32, activation="relu")(inputs)
    image = layers.Dense(output_dim, activation="softmax")(h)
    return keras.Model(inputs, image, name="decoder")
