# Feeds the LoRA branch the layer's output instead of its input: layer(x) + (alpha/r) B(A(layer(x))). Same
# parameter count (768 for r = 4), same start, and it trains, but it is not a low-rank update of the kernel.
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)
    for layer in layers.values():
        layer.trainable = False
    scale = alpha / rank

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, use_bias=False, name=f"{name}_lora_A",
                                    kernel_initializer=keras.initializers.RandomNormal(stddev=0.1))
        lora_b = keras.layers.Dense(layer.units, use_bias=False, name=f"{name}_lora_B",
                                    kernel_initializer="zeros")
        y = layer(x)
        return y + scale * lora_b(lora_a(y))

    return build_classifier(layers, ffn_dense)
