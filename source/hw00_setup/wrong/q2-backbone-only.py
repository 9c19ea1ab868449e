# Counts the backbone's parameters only (backbone.count_params()), leaving out the new classification head.
n_params = backbone.count_params()
hidden_size = backbone.hidden_dim
n_layers = backbone.num_layers
