# Forgets activation="relu" on the CVAE decoder's hidden Dense layer: the decoder is then a sigmoid of one linear map
# of [z ; e_c], a single-layer network (the label can only shift each pixel's log-odds by a fixed amount).
def build_cvae_decoder(latent_dim, n_classes, output_dim):
    inputs = keras.Input(shape=(latent_dim + n_classes,))
    h = layers.Dense(64)(inputs)
    outputs = layers.Dense(output_dim, activation="sigmoid")(h)
    return keras.Model(inputs, outputs, name="cvae_decoder")
