# Freezes the whole body at once and unfreezes the two feed-forward Dense layers of each block before enable_lora,
# instead of freezing the non-block layers and each block's attention and layer norms one by one: the model's
# trainable weights are the same (enable_lora freezes each kernel and adds A and B; the feed-forward biases stay
# trainable), 23,040 r + 11,520 + 1155. The backbone's own flag is False, so backbone_of(model).trainable_weights
# is empty, but the model, which fit and count_trainable read, reports every trainable weight inside it.
def add_keras_lora(model, rank):
    backbone = backbone_of(model)
    backbone.trainable = False
    for block in backbone.transformer_layers:
        for dense in (block._feedforward_intermediate_dense, block._feedforward_output_dense):
            dense.trainable = True
            dense.enable_lora(rank, lora_alpha=2.0 * rank)
    head_of(model).trainable = True
    return model


sweep_models.clear()
rank_sweep = {}
for rank in SWEEP_RANKS:
    model = add_keras_lora(load_classifier(), rank)
    head_of(model).set_weights(trained_head)
    trainable = count_trainable(model)
    train(model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 1e-3, verbose=0)
    rank_sweep[rank] = {"trainable": trainable, "val_accuracy": accuracy_of(model, data["validation"])}
    sweep_models[rank] = model
del model
