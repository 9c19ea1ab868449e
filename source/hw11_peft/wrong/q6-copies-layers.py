# Builds the LoRA model on copies of the base layers (clone_model + set_weights) instead of the base model's own
# layers: the copies are frozen, but base_model's layers are not, and the two models no longer share weights.
def add_lora(base_model, rank, alpha):
    copy = keras.models.clone_model(base_model)
    copy.set_weights(base_model.get_weights())
    layers = layers_of(copy)
    for layer in layers.values():
        layer.trainable = False
    scale = alpha / rank

    def ffn_dense(name, layer, x):
        lora_a = keras.layers.Dense(rank, use_bias=False, name=f"{name}_lora_A",
                                    kernel_initializer=keras.initializers.RandomNormal(stddev=0.1))
        lora_b = keras.layers.Dense(layer.units, use_bias=False, name=f"{name}_lora_B",
                                    kernel_initializer="zeros")
        return layer(x) + scale * lora_b(lora_a(x))

    return build_classifier(layers, ffn_dense)
