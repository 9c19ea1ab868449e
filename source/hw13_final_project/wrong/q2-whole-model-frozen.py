# Freezes the whole model: in Keras 3 (as in Keras 2) that freezes the head as well, so nothing is left to train.
def freeze_body(model):
    model.trainable = False
