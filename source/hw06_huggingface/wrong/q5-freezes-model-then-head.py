# Freezes the whole model with model.trainable = False and then sets the head back to trainable: in Keras 3 a model
# whose own flag is False reports no trainable weights whatever its sub-layers say, so nothing at all is trainable.
def freeze_all_but_head(model):
    model.trainable = False
    model.get_layer("logits").trainable = True
    return int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
