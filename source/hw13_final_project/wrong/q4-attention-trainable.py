# Wraps both feed-forward layers but leaves the attention layers of every block trainable.
def add_lora(model, rank, alpha):
    backbone = backbone_of(model)
    for layer in backbone.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            layer.trainable = False
    for block in backbone.transformer_layers:
        block._self_attention_layer_norm.trainable = False
        block._feedforward_layer_norm.trainable = False
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            replace_sublayer(block, name, LoRADense(getattr(block, name), rank, alpha))
    head_of(model).trainable = True
    model(model_inputs(tokenizer, ["LoRA"]), training=False)
    return model
