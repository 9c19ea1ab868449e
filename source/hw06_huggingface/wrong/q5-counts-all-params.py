# Freezes the right layers but returns model.count_params(), which counts every weight of the model, trainable or
# frozen (22.7 million), instead of the entries of model.trainable_weights.
def freeze_all_but_head(model):
    for layer in model.layers:
        layer.trainable = layer.name == "logits"
    return int(model.count_params())
