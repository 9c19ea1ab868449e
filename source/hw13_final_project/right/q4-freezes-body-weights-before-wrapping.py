# Freezes the body weight by weight (variable.trainable = False on every weight of backbone_of(model), the way Keras'
# own enable_lora freezes its kernel) BEFORE wrapping, instead of setting trainable = False on the non-block layers
# and on each block's attention and layer norms: the LoRA matrices, created afterwards, are then the body's only
# trainable weights, so the model trains exactly every wrapper's A and B and the head (185,475), W0 frozen.
# It records part2_base_unchanged as a NumPy bool, (before == after).all(), as true as np.array_equal's.
def add_lora(model, rank, alpha):
    backbone = backbone_of(model)
    for weight in backbone.weights:
        weight.trainable = False
    for block in backbone.transformer_layers:
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            replace_sublayer(block, name, LoRADense(getattr(block, name), rank, alpha))
    model(model_inputs(tokenizer, ["LoRA"]), training=False)   # builds the wrappers: creates A and B
    return model


del lora_model, merged_model
lora_model = add_lora(load_classifier(), LORA_RANK, LORA_ALPHA)
head_of(lora_model).set_weights(trained_head)
part2_trainable = count_trainable(lora_model)
first_ffn = encoder_block(lora_model, 0)._feedforward_intermediate_dense
kernel_before = keras.ops.convert_to_numpy(first_ffn.base.kernel)
part2_seconds = train(lora_model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 1e-3)
part2_val_accuracy = accuracy_of(lora_model, data["validation"])
part2_base_unchanged = (kernel_before == keras.ops.convert_to_numpy(first_ffn.base.kernel)).all()   # a NumPy bool
del first_ffn
merged_model = merge_lora(lora_model)
