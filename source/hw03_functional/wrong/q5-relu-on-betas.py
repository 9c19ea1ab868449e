# Gives output_beta a ReLU, as hidden_layer has: the betas come out of a linear Dense(n_factors), no activation.
def make_cae_model(n_tickers, n_chars, n_factors, hidden_units=8):
    input_beta = keras.Input(shape=(n_tickers, n_chars), name="input_beta")
    input_factor = keras.Input(shape=(n_tickers,), name="input_factor")
    hidden = layers.Dense(hidden_units, activation="relu", name="hidden_layer")(input_beta)
    normalized = layers.BatchNormalization(name="batch_norm")(hidden)
    betas = layers.Dense(n_factors, activation="relu", name="output_beta")(normalized)
    factors = layers.Dense(n_factors, name="output_factor")(input_factor)
    predicted = layers.Dot(axes=(2, 1), name="output_layer")([betas, factors])
    model = keras.Model(inputs=[input_beta, input_factor], outputs=predicted)
    model.compile(optimizer="adam", loss="mse")
    return model
