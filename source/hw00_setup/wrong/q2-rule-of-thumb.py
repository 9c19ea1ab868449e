# Estimates the parameter count with the 12*d^2*L rule instead of counting, which leaves out the embeddings.
def model_size(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    d, L = int(backbone.hidden_dim), int(backbone.num_layers)
    return 12 * d * d * L, d, L


n_params, hidden_size, n_layers = model_size(model)
