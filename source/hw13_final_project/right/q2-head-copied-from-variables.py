# Freezes every layer of the model except the head "logits" (model.layers, not the backbone alone), and keeps
# trained_head as NumPy copies of the head's variables (keras.ops.convert_to_numpy) instead of get_weights().
def freeze_body(model):
    for layer in model.layers:
        layer.trainable = layer.name == "logits"


probe_model = load_classifier()
freeze_body(probe_model)
part1_trainable["head_only"] = count_trainable(probe_model)
part1_seconds["head_only"] = train_head_only(probe_model, data["train"], HEAD_EPOCHS, 1e-2)
part1_val_accuracy["head_only"] = accuracy_of(probe_model, data["validation"])
trained_head = [keras.ops.convert_to_numpy(variable) for variable in head_of(probe_model).weights]
del probe_model
