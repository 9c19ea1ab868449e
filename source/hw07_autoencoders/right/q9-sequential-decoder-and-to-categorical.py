# One-hots the labels with keras.utils.to_categorical(labels, num_classes=n_classes) and joins with np.hstack before
# casting to float32; the decoder is a keras.Sequential stack that starts from keras.Input, with 48 hidden units: the
# same [z ; e_c] array and the same kind of network (a hidden ReLU layer, a sigmoid per pixel).
def cvae_decoder_input(z, labels, n_classes):
    one_hot = keras.utils.to_categorical(np.asarray(labels), num_classes=n_classes)
    return np.hstack([np.asarray(z), one_hot]).astype("float32")


def build_cvae_decoder(latent_dim, n_classes, output_dim):
    return keras.Sequential([
        keras.Input(shape=(latent_dim + n_classes,)),
        layers.Dense(48, activation="relu"),
        layers.Dense(output_dim, activation="sigmoid"),
    ], name="cvae_decoder")
