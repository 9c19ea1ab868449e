# Counts only the trainable weights (sum of the sizes of model.trainable_weights, like PyTorch's well-known
# `sum(p.numel() for p in model.parameters() if p.requires_grad)`) instead of every parameter: right while nothing
# is frozen, but a model whose backbone is frozen (trainable = False) is reported as its head alone.
def model_size(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    n_params = sum(int(np.prod(weight.shape)) for weight in model.trainable_weights)
    return n_params, int(backbone.hidden_dim), int(backbone.num_layers)


n_params, hidden_size, n_layers = model_size(model)
