# Freezes the body of (a) but never calls train_head_only: trained_head and the head-only accuracy are those of the
# random head that load_classifier() starts from (a head that was never trained, with its all-zero bias).
probe_model = load_classifier()
freeze_body(probe_model)
part1_trainable["head_only"] = count_trainable(probe_model)
part1_val_accuracy["head_only"] = accuracy_of(probe_model, data["validation"])
trained_head = head_of(probe_model).get_weights()
del probe_model
