# Freezes every layer inside the backbone one by one and leaves the backbone's own flag True: in Keras 3 the
# model then has the head's 1155 trainable weights, as when the backbone itself is frozen.
def freeze_all_but_head(model):
    for layer in model.layers:
        if layer.name != "logits":
            for sub in getattr(layer, "layers", [layer]):
                sub.trainable = False
    return int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
