# Reuses Question 4's LoRADense for the branch (ffn_dense wraps each FFN layer in a LoRADense of the given rank and
# alpha): A random, B zero, the scale alpha/rank, and base_model's own (frozen) layers, as asked.
def add_lora(base_model, rank, alpha):
    layers = layers_of(base_model)
    for layer in layers.values():
        layer.trainable = False
    return build_classifier(layers, lambda name, layer, x: LoRADense(layer, rank, alpha, name=f"{name}_lora")(x))
