# Freezes the whole model: in Keras 3 (as in Keras 2) that freezes the head as well, so nothing is left to train.
def freeze_body(model):
    model.trainable = False


# A student's notebook has this freeze_body from the start, so Part 1 (a)'s probe is trained with it as well.
probe_model = load_classifier()
freeze_body(probe_model)
part1_trainable["head_only"] = count_trainable(probe_model)
part1_seconds["head_only"] = train_head_only(probe_model, data["train"], HEAD_EPOCHS, 1e-2)
part1_val_accuracy["head_only"] = accuracy_of(probe_model, data["validation"])
trained_head = head_of(probe_model).get_weights()
del probe_model
