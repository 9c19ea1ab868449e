# The LoRA branch with layers only: A with its default (Glorot) random initialisation, B with a Zeros() object, the
# scale alpha/r as a Rescaling layer and the sum as an Add layer. Same outputs at init, same trainable weights.
def add_lora(base_model, rank, alpha):
    shared = layers_of(base_model)
    for layer in shared.values():
        layer.trainable = False

    def ffn_dense(name, layer, x):
        branch = keras.layers.Dense(rank, use_bias=False, name=name + "_A")(x)
        branch = keras.layers.Dense(layer.units, use_bias=False, kernel_initializer=keras.initializers.Zeros(),
                                    name=name + "_B")(branch)
        return keras.layers.Add()([layer(x), keras.layers.Rescaling(alpha / rank)(branch)])

    return build_classifier(shared, ffn_dense)
