# Counts the parameters as the trainable plus the non-trainable weights' sizes instead of count_params(), finds the
# backbone by its type with a filter, reads the depth as the number of its transformer_layers and the width from the
# head's kernel, which takes the backbone's d-wide sentence vector: the same three Python ints, frozen or not.
def model_size(model):
    backbone = [layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone)][0]
    weights = model.trainable_weights + model.non_trainable_weights
    n_params = int(sum(np.prod(weight.shape) for weight in weights))
    return n_params, int(model.get_layer("logits").kernel.shape[0]), len(backbone.transformer_layers)


n_params, hidden_size, n_layers = model_size(model)
