# Merges the feed-forward kernels and copies the head, but keeps the new model's own attention, layer norms,
# embeddings and pooler, relying on them being MiniLM's: wrong as soon as those weights differ.
def merge_lora(model):
    merged = load_classifier()
    for block, plain in zip(backbone_of(model).transformer_layers, backbone_of(merged).transformer_layers):
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            getattr(plain, name).set_weights(merged_dense_weights(getattr(block, name)))
    head_of(merged).set_weights(head_of(model).get_weights())
    return merged
