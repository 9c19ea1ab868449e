# Freezes the layer that is a KerasHub Backbone (found by type, not by name) and returns the head's own parameter
# count, model.get_layer("logits").count_params(): with everything else frozen, the same number as the entries of
# model.trainable_weights.
def freeze_all_but_head(model):
    for layer in model.layers:
        if isinstance(layer, keras_hub.models.Backbone):
            layer.trainable = False
    return int(model.get_layer("logits").count_params())
