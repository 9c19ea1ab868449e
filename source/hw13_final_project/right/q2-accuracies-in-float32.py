# Records Part 1's validation accuracies with keras.ops in float32 (the mean of the matches between predicted and
# true ids), not with accuracy_of's float64 NumPy mean: the same fractions of the validation split, rounded to float32.
def validation_accuracy(model):
    validation = data["validation"]
    predicted = [LABELS.index(name) for name in predict_labels(model, validation["sentence"])]
    matches = keras.ops.equal(np.asarray(predicted), np.asarray(validation["label"]))
    return float(keras.ops.convert_to_numpy(keras.ops.mean(keras.ops.cast(matches, "float32"))))


part1_trainable, part1_val_accuracy, part1_seconds = {}, {}, {}
probe_model = load_classifier()
freeze_body(probe_model)
part1_trainable["head_only"] = count_trainable(probe_model)
part1_seconds["head_only"] = train_head_only(probe_model, data["train"], HEAD_EPOCHS, 1e-2)
part1_val_accuracy["head_only"] = validation_accuracy(probe_model)
trained_head = head_of(probe_model).get_weights()
backbone_of(probe_model).trainable = True
part1_trainable["head_then_all"] = count_trainable(probe_model)
part1_seconds["head_then_all"] = train(probe_model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 5e-5)
part1_val_accuracy["head_then_all"] = validation_accuracy(probe_model)
del probe_model
fresh_model = load_classifier()
part1_trainable["new_head_all"] = count_trainable(fresh_model)
part1_seconds["new_head_all"] = train(fresh_model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 5e-5)
part1_val_accuracy["new_head_all"] = validation_accuracy(fresh_model)
del fresh_model
