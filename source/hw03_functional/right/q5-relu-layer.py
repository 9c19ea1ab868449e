# Writes hidden_layer as a linear Dense followed by its own layers.ReLU() layer (before batch_norm), instead of
# Dense(..., activation="relu"): the same computation and the same weights.
def make_cae_model(n_tickers, n_chars, n_factors, hidden_units=8):
    input_beta = keras.Input(shape=(n_tickers, n_chars), name="input_beta")
    input_factor = keras.Input(shape=(n_tickers,), name="input_factor")
    hidden = layers.ReLU()(layers.Dense(hidden_units, name="hidden_layer")(input_beta))
    betas = layers.Dense(n_factors, name="output_beta")(layers.BatchNormalization(name="batch_norm")(hidden))
    factors = layers.Dense(n_factors, name="output_factor")(input_factor)
    model = keras.Model(inputs=[input_beta, input_factor],
                        outputs=layers.Dot(axes=(2, 1), name="output_layer")([betas, factors]))
    model.compile(optimizer="adam", loss="mse")
    return model
