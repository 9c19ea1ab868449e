# Leaves out epochs=30: Keras' fit trains for its default of one epoch, and the autoencoder
# stops after 22 updates of batch 64, long before it has learned the digits.
encoder = build_encoder(64, LATENT_DIM)
decoder = build_decoder(LATENT_DIM, 64)
inputs = keras.Input(shape=(64,))
autoencoder = keras.Model(inputs, decoder(encoder(inputs)), name="autoencoder")
autoencoder.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-3), loss="mse")
history = autoencoder.fit(X_train, X_train, batch_size=64, verbose=0)
