# Finds the backbone with a loop, counts the parameters by summing the sizes of model.weights instead of calling
# count_params(), and reads the width and depth from backbone.get_config(): the same three Python ints.
def model_size(model):
    backbone = None
    for layer in model.layers:
        if isinstance(layer, keras_hub.models.Backbone):
            backbone = layer
            break
    n_params = sum(int(np.prod(weight.shape)) for weight in model.weights)
    config = backbone.get_config()
    return n_params, int(config["hidden_dim"]), int(config["num_layers"])


n_params, hidden_size, n_layers = model_size(model)
