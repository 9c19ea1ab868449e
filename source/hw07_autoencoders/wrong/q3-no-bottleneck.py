# Gives the code as many dimensions as the image (64): the network can learn to copy its input, reconstructs
# almost perfectly and compresses nothing.
encoder = build_encoder(64, 64)
decoder = build_decoder(64, 64)
inputs = keras.Input(shape=(64,))
autoencoder = keras.Model(inputs, decoder(encoder(inputs)), name="autoencoder")
autoencoder.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-3), loss="mse")
history = autoencoder.fit(X_train, X_train, epochs=30, batch_size=64, verbose=0)
