# Merges with Keras variables instead of get_weights/set_weights: every other weight is copied with
# variable.assign, layer to layer by position (both bodies have the same layers in the same order, so no name
# look-up), and each kernel W0 + (alpha/rank) A B is computed in float64 with np.einsum, then stored as float32:
# the same new model, computing what the LoRA model computes, which stays untouched.
def merge_lora(model):
    merged = load_classifier()
    source, target = backbone_of(model), backbone_of(merged)

    def copy_weights(from_layer, to_layer):
        for from_weight, to_weight in zip(from_layer.weights, to_layer.weights):
            to_weight.assign(np.asarray(from_weight))

    for from_layer, to_layer in zip(source.layers, target.layers):
        if not any(from_layer is block for block in source.transformer_layers):
            copy_weights(from_layer, to_layer)
    for block, plain in zip(source.transformer_layers, target.transformer_layers):
        for part in ("_self_attention_layer", "_self_attention_layer_norm", "_feedforward_layer_norm"):
            copy_weights(getattr(block, part), getattr(plain, part))
        for part in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            wrapper, dense = getattr(block, part), getattr(plain, part)
            update = np.einsum("ir,ro->io", np.asarray(wrapper.A, dtype=np.float64),
                               np.asarray(wrapper.B, dtype=np.float64))
            kernel = np.asarray(wrapper.base.kernel, dtype=np.float64) + wrapper.scale * update
            dense.kernel.assign(kernel.astype(np.float32))
            dense.bias.assign(np.asarray(wrapper.base.bias))
    copy_weights(head_of(model), head_of(merged))
    return merged


merged_model = merge_lora(lora_model)
