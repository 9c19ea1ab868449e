# Takes all 4h numbers of batch_norm as non-trainable: its gamma and beta are trainable, only the moving statistics
# are not.
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    h = hidden_units
    beta_net = (n_chars * h + h) + 4 * h + (h * n_factors + n_factors)
    factor_net = n_tickers * n_factors + n_factors
    total = beta_net + factor_net
    return {"beta_net": beta_net, "factor_net": factor_net, "total": total, "trainable": total - 4 * h}
