# Contracts the factor axis with Dot(axes=-1) (the last axis of betas and of factors: the same axes as (2, 1)) and
# compiles with the object keras.optimizers.Adam(learning_rate=1e-3), Adam's default rate written out.
def make_cae_model(n_tickers, n_chars, n_factors, hidden_units=8):
    input_beta = keras.Input(shape=(n_tickers, n_chars), name="input_beta")
    input_factor = keras.Input(shape=(n_tickers,), name="input_factor")
    hidden = layers.Dense(hidden_units, activation="relu", name="hidden_layer")(input_beta)
    betas = layers.Dense(n_factors, name="output_beta")(layers.BatchNormalization(name="batch_norm")(hidden))
    factors = layers.Dense(n_factors, name="output_factor")(input_factor)
    model = keras.Model([input_beta, input_factor], layers.Dot(axes=-1, name="output_layer")([betas, factors]))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3), loss="mse")
    return model
