# The decoder ends with a linear layer instead of a sigmoid, so its outputs are not confined to [0, 1].
def build_decoder(latent_dim, output_dim):
    inputs = keras.Input(shape=(latent_dim,))
    h = layers.Dense(32, activation="relu")(inputs)
    image = layers.Dense(output_dim)(h)
    return keras.Model(inputs, image, name="decoder")
