# Initialises A with "ones" instead of at random: every column of A is the same, so A's columns and B's rows get
# equal gradients and stay equal, and each branch B(A(x)) keeps rank 1 whatever the rank.
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)
    for layer in layers.values():
        layer.trainable = False
    scale = alpha / rank

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, use_bias=False, name=f"{name}_lora_A", kernel_initializer="ones")
        lora_b = keras.layers.Dense(layer.units, use_bias=False, name=f"{name}_lora_B",
                                    kernel_initializer="zeros")
        return layer(x) + scale * lora_b(lora_a(x))

    return build_classifier(layers, ffn_dense)
