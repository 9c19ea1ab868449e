# Counts each layer with a small helper (kernel + bias) and adds the parts, batch_norm as 2h trainable numbers and 2h
# moving statistics.
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    dense = lambda n_in, n_out: n_in * n_out + n_out
    h = hidden_units
    bn_trainable, bn_moving = 2 * h, 2 * h
    beta_net = dense(n_chars, h) + bn_trainable + bn_moving + dense(h, n_factors)
    factor_net = dense(n_tickers, n_factors)
    return {"beta_net": beta_net, "factor_net": factor_net, "total": beta_net + factor_net,
            "trainable": beta_net + factor_net - bn_moving}
