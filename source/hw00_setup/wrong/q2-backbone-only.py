# Counts the backbone's parameters only (backbone.count_params()), leaving out the new classification head.
def model_size(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    return int(backbone.count_params()), int(backbone.hidden_dim), int(backbone.num_layers)


n_params, hidden_size, n_layers = model_size(model)
