# Freezes the backbone's weights one by one through the backbone layer (for w in backbone.weights: w.trainable = False)
# and counts model.trainable_variables with math.prod: the head's 384K + K parameters stay the only trainable ones.
import math


def freeze_all_but_head(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    for w in backbone.weights:
        w.trainable = False
    return sum(math.prod(w.shape) for w in model.trainable_variables)
