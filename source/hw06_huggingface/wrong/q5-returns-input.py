# Degenerate stub: leaves the model unchanged and returns its current number of trainable parameters.
def freeze_all_but_head(model):
    return int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
