# Forgets activation="relu" on the encoder's hidden Dense layer: two linear layers in a row make one linear map, so
# the "deep" encoder can only project the image onto a k-dimensional subspace (what PCA does).
def build_encoder(input_dim, latent_dim):
    inputs = keras.Input(shape=(input_dim,))
    h = layers.Dense(32)(inputs)
    code = layers.Dense(latent_dim)(h)
    return keras.Model(inputs, code, name="encoder")
