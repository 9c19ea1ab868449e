# Degenerate stub: the integer 0 for the parameter count, the hidden size and the number of layers.
def model_size(model):
    return 0, 0, 0


n_params, hidden_size, n_layers = model_size(model)
