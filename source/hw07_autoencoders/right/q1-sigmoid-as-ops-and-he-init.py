# Functional builders with 48 hidden units initialised with he_normal (the usual choice before a ReLU), the ReLU given
# as keras.activations.relu, and the decoder's sigmoid applied with ops.sigmoid in a Lambda layer after a linear Dense:
# the same maps, a hidden ReLU layer, a linear code, a sigmoid on each pixel.
def build_encoder(input_dim, latent_dim):
    inputs = keras.Input(shape=(input_dim,))
    h = layers.Dense(48, activation=keras.activations.relu, kernel_initializer="he_normal")(inputs)
    return keras.Model(inputs, layers.Dense(latent_dim)(h))


def build_decoder(latent_dim, output_dim):
    inputs = keras.Input(shape=(latent_dim,))
    h = layers.Dense(48, activation=keras.activations.relu, kernel_initializer="he_normal")(inputs)
    logits = layers.Dense(output_dim)(h)
    return keras.Model(inputs, layers.Lambda(ops.sigmoid)(logits))
