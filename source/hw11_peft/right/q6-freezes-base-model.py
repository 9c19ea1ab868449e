# Freezes every base layer at once with base_model.trainable = False (Keras 3 sets it on each of its layers) instead
# of a loop over layers_of(base_model), and writes the scale as float(alpha) / rank: the same model.
def add_lora(base_model, rank, alpha):
    base_model.trainable = False
    layers = layers_of(base_model)
    scale = float(alpha) / rank

    def ffn_dense(name, layer, x):
        a = keras.layers.Dense(rank, use_bias=False, kernel_initializer="random_normal", name=name + "_a")
        b = keras.layers.Dense(layer.units, use_bias=False, kernel_initializer="zeros", name=name + "_b")
        return layer(x) + b(a(x)) * scale

    return build_classifier(layers, ffn_dense)
