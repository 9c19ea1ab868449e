# Copied from the exploration cell: freezes and counts the notebook's global clf_model instead of the model passed in,
# so the argument stays fully trainable and the count is always the 3-label 1155.
def freeze_all_but_head(model):
    for layer in clf_model.layers:
        layer.trainable = layer.name == "logits"
    return int(sum(int(np.prod(w.shape)) for w in clf_model.trainable_weights))
