# Estimates the parameter count with the 12*d^2*L rule instead of counting, which leaves out the embeddings.
n_params = 12 * model.config.hidden_size ** 2 * model.config.num_hidden_layers
hidden_size = model.config.hidden_size
n_layers = model.config.num_hidden_layers
