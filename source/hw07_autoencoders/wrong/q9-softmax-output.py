# Ends the CVAE decoder with a softmax, the classifier's output layer, instead of a sigmoid: the outputs lie in [0, 1]
# but the pixels of each image must share a total of 1, so no two pixels can both be dark.
def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + n_classes,))
    h = layers.Dense(64, activation="relu")(inputs)
    outputs = layers.Dense(output_dim, activation="softmax")(h)
    return keras.Model(inputs, outputs, name="cvae_decoder")
