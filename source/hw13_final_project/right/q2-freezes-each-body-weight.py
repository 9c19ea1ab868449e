# Freezes the body weight by weight (variable.trainable = False on every weight of backbone_of(model), as Keras'
# enable_lora freezes its kernel) instead of setting the backbone layer's flag: the layers' flags stay True, but no
# weight of the body is trainable and the head's 1155 are; (b)'s backbone.trainable = True unfreezes them all again.
def freeze_body(model):
    for weight in backbone_of(model).weights:
        weight.trainable = False
