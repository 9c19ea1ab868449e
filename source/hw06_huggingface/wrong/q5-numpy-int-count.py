# Freezes the right layers but counts with np.sum of np.prod, which returns a NumPy integer (np.int64), not the int
# the question asks for.
def freeze_all_but_head(model):
    for layer in model.layers:
        layer.trainable = layer.name == "logits"
    return np.sum([np.prod(w.shape) for w in model.trainable_weights])
