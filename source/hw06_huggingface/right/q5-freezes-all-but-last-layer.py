# Freezes every layer before the last one of model.layers (the inputs, the backbone, the dropout), leaves the last one,
# the head, trainable, and counts the entries with math.prod: the same 384*K + K trainable parameters.
def freeze_all_but_head(model):
    import math
    for layer in model.layers[:-1]:
        layer.trainable = False
    model.layers[-1].trainable = True
    return sum(math.prod(w.shape) for w in model.trainable_weights)
