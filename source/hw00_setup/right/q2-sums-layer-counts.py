# Adds up count_params() of each layer of the model (inputs, backbone, dropout, head) instead of calling it on the
# model, and reads the width from the token embedding's output_dim: the same three Python ints, frozen or not.
def model_size(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    n_params = sum(layer.count_params() for layer in model.layers)
    return int(n_params), int(backbone.token_embedding.output_dim), int(backbone.num_layers)


n_params, hidden_size, n_layers = model_size(model)
