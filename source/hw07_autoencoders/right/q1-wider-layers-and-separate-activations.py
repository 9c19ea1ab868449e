# Functional builders written differently: 64 hidden units instead of 32 (the question only says 32 is plenty), the
# encoder's ReLU as a separate layers.ReLU() after a linear Dense, the decoder's sigmoid as a separate
# layers.Activation("sigmoid") after a linear Dense, layers and models named freely, keras.Model(inputs=, outputs=).
# The same maps: one hidden ReLU layer, a linear code of width latent_dim, a sigmoid image of width output_dim.
def build_encoder(input_dim, latent_dim):
    inputs = keras.Input(shape=(input_dim,), name="image")
    hidden = layers.Dense(64, name="hidden")(inputs)
    hidden = layers.ReLU(name="hidden_relu")(hidden)
    code = layers.Dense(latent_dim, activation=None, name="code")(hidden)
    return keras.Model(inputs=inputs, outputs=code, name="image_encoder")


def build_decoder(latent_dim, output_dim):
    inputs = keras.Input(shape=(latent_dim,), name="code")
    hidden = layers.Dense(64, activation="relu", name="hidden")(inputs)
    logits = layers.Dense(output_dim, name="pixel_logits")(hidden)
    image = layers.Activation("sigmoid", name="pixels")(logits)
    return keras.Model(inputs=inputs, outputs=image, name="image_decoder")
