# Forgets the LoRA scaling: each FFN layer outputs layer(x) + B(A(x)), not layer(x) + (alpha/r) B(A(x)).
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)
    for layer in layers.values():
        layer.trainable = False

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, use_bias=False, name=f"{name}_lora_A",
                                    kernel_initializer=keras.initializers.RandomNormal(stddev=0.1))
        lora_b = keras.layers.Dense(layer.units, use_bias=False, name=f"{name}_lora_B",
                                    kernel_initializer="zeros")
        return layer(x) + lora_b(lora_a(x))

    return build_classifier(layers, ffn_dense)
