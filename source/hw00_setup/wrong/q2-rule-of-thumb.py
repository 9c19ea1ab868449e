# Estimates the parameter count with the 12*d^2*L rule instead of counting, which leaves out the embeddings.
n_params = 12 * backbone.hidden_dim ** 2 * backbone.num_layers
hidden_size = backbone.hidden_dim
n_layers = backbone.num_layers
