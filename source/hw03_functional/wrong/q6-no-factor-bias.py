# Counts output_factor as a bare N x K kernel and forgets its K biases (one per factor).
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    h = hidden_units
    beta_net = (n_chars * h + h) + 4 * h + (h * n_factors + n_factors)
    factor_net = n_tickers * n_factors
    total = beta_net + factor_net
    return {"beta_net": beta_net, "factor_net": factor_net, "total": total, "trainable": total - 2 * h}
