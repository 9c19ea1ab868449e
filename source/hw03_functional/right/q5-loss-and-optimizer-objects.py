# Compiles with the objects keras.optimizers.Adam() and keras.losses.MeanSquaredError() instead of the strings "adam"
# and "mse" (the same optimizer with its default settings and the same loss), builds the factor side first, and writes
# the Dot axes as a list.
def make_cae_model(n_tickers, n_chars, n_factors, hidden_units=8):
    input_factor = keras.Input(shape=(n_tickers,), name="input_factor")
    factors = layers.Dense(n_factors, name="output_factor")(input_factor)
    input_beta = keras.Input(shape=(n_tickers, n_chars), name="input_beta")
    x = layers.Dense(hidden_units, activation="relu", name="hidden_layer")(input_beta)
    x = layers.BatchNormalization(name="batch_norm")(x)
    betas = layers.Dense(n_factors, name="output_beta")(x)
    returns = layers.Dot(axes=[2, 1], name="output_layer")([betas, factors])
    model = keras.Model([input_beta, input_factor], returns)
    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.MeanSquaredError())
    return model
