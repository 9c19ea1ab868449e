# Compiles with loss=keras.losses.mean_squared_error (the function behind "mse") and optimizer="Adam" (the identifier is
# case-insensitive): the same training objective.
def make_cae_model(n_tickers, n_chars, n_factors, hidden_units=8):
    input_beta = keras.Input(shape=(n_tickers, n_chars), name="input_beta")
    input_factor = keras.Input(shape=(n_tickers,), name="input_factor")
    hidden = layers.Dense(hidden_units, activation="relu", name="hidden_layer")(input_beta)
    betas = layers.Dense(n_factors, name="output_beta")(layers.BatchNormalization(name="batch_norm")(hidden))
    factors = layers.Dense(n_factors, name="output_factor")(input_factor)
    output = layers.Dot(axes=(2, 1), name="output_layer")([betas, factors])
    model = keras.Model(inputs=[input_beta, input_factor], outputs=output)
    model.compile(optimizer="Adam", loss=keras.losses.mean_squared_error)
    return model
