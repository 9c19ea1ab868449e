# Counts the trainable parameters directly as the sum of the trainable parts (kernels, biases, gamma and beta) instead
# of total - 2h, and builds the dict from named parts: the same ints.
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    h = hidden_units
    hidden_layer = n_chars * h + h
    bn_trainable, bn_moving = 2 * h, 2 * h
    output_beta = h * n_factors + n_factors
    output_factor = n_tickers * n_factors + n_factors
    beta_net = hidden_layer + bn_trainable + bn_moving + output_beta
    return {"total": beta_net + output_factor,
            "trainable": hidden_layer + bn_trainable + output_beta + output_factor,
            "beta_net": beta_net,
            "factor_net": output_factor}
