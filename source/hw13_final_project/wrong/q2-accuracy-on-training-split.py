# Measures the three accuracies of Part 1 on the training split, accuracy_of(model, data["train"]), instead of on
# the validation split: how well each model fits the sentences it was trained on, not how well it generalises.
part1_trainable, part1_val_accuracy, part1_seconds = {}, {}, {}
probe_model = load_classifier()
freeze_body(probe_model)
part1_trainable["head_only"] = count_trainable(probe_model)
part1_seconds["head_only"] = train_head_only(probe_model, data["train"], HEAD_EPOCHS, 1e-2)
part1_val_accuracy["head_only"] = accuracy_of(probe_model, data["train"])
trained_head = head_of(probe_model).get_weights()
backbone_of(probe_model).trainable = True
part1_trainable["head_then_all"] = count_trainable(probe_model)
part1_seconds["head_then_all"] = train(probe_model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 5e-5)
part1_val_accuracy["head_then_all"] = accuracy_of(probe_model, data["train"])
del probe_model
fresh_model = load_classifier()
part1_trainable["new_head_all"] = count_trainable(fresh_model)
part1_seconds["new_head_all"] = train(fresh_model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 5e-5)
part1_val_accuracy["new_head_all"] = accuracy_of(fresh_model, data["train"])
del fresh_model
