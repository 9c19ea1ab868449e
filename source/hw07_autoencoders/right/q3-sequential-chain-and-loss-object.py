# Chains the encoder and decoder with keras.Sequential([keras.Input(shape=(64,)), encoder, decoder]) instead of a
# functional keras.Model, and compiles with the loss object keras.losses.MeanSquaredError() instead of "mse": the
# same keras.Model from a keras.Input(shape=(64,)) to decoder(encoder(inputs)), trained the same way.
encoder = build_encoder(64, LATENT_DIM)
decoder = build_decoder(LATENT_DIM, 64)
autoencoder = keras.Sequential([keras.Input(shape=(64,)), encoder, decoder], name="autoencoder")
autoencoder.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-3), loss=keras.losses.MeanSquaredError())
history = autoencoder.fit(X_train, X_train, epochs=30, batch_size=64, verbose=0)
