# Degenerate stub: builds the encoder and decoder but makes the "autoencoder" the identity model, which returns its
# input unchanged.
encoder = build_encoder(64, LATENT_DIM)
decoder = build_decoder(LATENT_DIM, 64)
inputs = keras.Input(shape=(64,))
autoencoder = keras.Model(inputs, inputs, name="autoencoder")
