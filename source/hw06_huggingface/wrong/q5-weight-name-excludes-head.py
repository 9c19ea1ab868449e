# Freezes weight by weight, keeping those whose name contains "logits" (a tf.keras habit, where names read
# "logits/kernel:0"): in Keras 3 a weight's name is only "kernel" or "bias" (its path is "logits/kernel"), so the
# head's weights are frozen too and nothing is trainable, although every layer's flag is still True.
def freeze_all_but_head(model):
    for w in model.weights:
        if "logits" not in w.name:
            w.trainable = False
    return int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
