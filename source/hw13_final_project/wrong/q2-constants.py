# Degenerate stub: freezes nothing, runs no experiment, and records the documented parameter counts, zero accuracies and an all-zero head.
def freeze_body(model):
    pass


part1_trainable = {"head_only": 1155, "head_then_all": 22714371, "new_head_all": 22714371}
part1_val_accuracy = {"head_only": 0.0, "head_then_all": 0.0, "new_head_all": 0.0}
trained_head = [np.zeros((384, 3), "float32"), np.zeros(3, "float32")]
