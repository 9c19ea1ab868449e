# Freezes every layer of the body one by one (embeddings, blocks and pooler) instead of the backbone as a whole:
# the backbone's own flag stays True, but no weight of the body is trainable, and the head's 1,155 are.
def freeze_body(model):
    for layer in backbone_of(model).layers:
        layer.trainable = False
    head_of(model).trainable = True
