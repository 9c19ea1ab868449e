# Sets only each merged Dense layer's kernel, W0 + (alpha/rank) A B, and keeps load_classifier()'s own bias there,
# not the LoRA model's base bias: right only while that bias is still MiniLM's.
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
            wrapped = getattr(block, name)
            update = wrapped.scale * (np.asarray(wrapped.A) @ np.asarray(wrapped.B))
            getattr(plain, name).kernel.assign(np.asarray(wrapped.base.kernel) + update)
    head_of(merged).set_weights(head_of(model).get_weights())
    return merged
