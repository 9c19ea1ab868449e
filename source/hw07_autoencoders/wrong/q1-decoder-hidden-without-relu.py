# Forgets activation="relu" on the decoder's hidden Dense layer: the decoder is then a sigmoid of one linear map of
# the code, a single-layer network however many Dense layers it has.
def build_decoder(latent_dim, output_dim):
    inputs = keras.Input(shape=(latent_dim,))
    h = layers.Dense(32)(inputs)
    image = layers.Dense(output_dim, activation="sigmoid")(h)
    return keras.Model(inputs, image, name="decoder")
