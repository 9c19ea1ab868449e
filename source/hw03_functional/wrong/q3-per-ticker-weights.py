# Counts one kernel and bias per ticker, as if the weights were not shared across the middle axis.
def panel_dense_param_count(n_tickers, n_features, units):
    return int(n_tickers * (n_features * units + units))
