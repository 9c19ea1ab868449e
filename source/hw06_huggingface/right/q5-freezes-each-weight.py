# Freezes weight by weight, as PyTorch's requires_grad habit does: every variable outside the head gets
# trainable = False (Keras 3 variables have that flag too) and the layers' flags stay True; model.trainable_weights
# then holds the head's kernel and bias only, so the same 384K + K trainable parameters.
def freeze_all_but_head(model):
    head = {id(w) for w in model.get_layer("logits").weights}
    for w in model.weights:
        w.trainable = id(w) in head
    return int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
