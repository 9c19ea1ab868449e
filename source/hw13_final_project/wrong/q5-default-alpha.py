# Calls enable_lora(rank) without lora_alpha: Keras' default alpha is the rank, a scale alpha / rank of 1, not 2.
def add_keras_lora(model, rank):
    backbone = backbone_of(model)
    for layer in backbone.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            layer.trainable = False
    for block in backbone.transformer_layers:
        for part in (block._self_attention_layer, block._self_attention_layer_norm, block._feedforward_layer_norm):
            part.trainable = False
        for dense in (block._feedforward_intermediate_dense, block._feedforward_output_dense):
            dense.enable_lora(rank)
    head_of(model).trainable = True
    return model


rank_sweep, sweep_models = {}, {}
for rank in SWEEP_RANKS:
    model = add_keras_lora(load_classifier(), rank)
    head_of(model).set_weights(trained_head)
    trainable = count_trainable(model)
    train(model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 1e-3, verbose=0)
    rank_sweep[rank] = {"trainable": trainable, "val_accuracy": accuracy_of(model, data["validation"])}
    sweep_models[rank] = model
del model
