# Makes every layer trainable for a moment so that model.trainable_weights lists every weight, counts those, then
# gives each layer its own trainable flag back: the same count, and the model is left as it was given.
def model_size(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    flags = [layer.trainable for layer in model.layers]
    for layer in model.layers:
        layer.trainable = True
    n_params = sum(int(np.prod(weight.shape)) for weight in model.trainable_weights)
    for layer, flag in zip(model.layers, flags):
        layer.trainable = flag
    return n_params, int(backbone.hidden_dim), int(backbone.num_layers)


n_params, hidden_size, n_layers = model_size(model)
