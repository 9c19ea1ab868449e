# Builds the LoRA model first and freezes the base layers afterwards: Keras 3 reads trainable whenever it collects the
# trainable variables, so the order does not matter; A keeps Dense's default (Glorot) random initialisation.
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, use_bias=False, name=f"{name}_lora_A")
        lora_b = keras.layers.Dense(layer.units, use_bias=False, kernel_initializer="zeros", name=f"{name}_lora_B")
        return layer(x) + (alpha / rank) * lora_b(lora_a(x))

    model = build_classifier(layers, ffn_dense)
    for layer in layers.values():
        layer.trainable = False
    return model
