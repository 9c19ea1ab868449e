# Builds the autoencoder but never trains it: every reconstruction is a blur of values near 0.5.
encoder = build_encoder(64, LATENT_DIM)
decoder = build_decoder(LATENT_DIM, 64)
inputs = keras.Input(shape=(64,))
autoencoder = keras.Model(inputs, decoder(encoder(inputs)), name="autoencoder")
autoencoder.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-3), loss="mse")
