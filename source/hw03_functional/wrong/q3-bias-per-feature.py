# Counts one bias per input feature instead of one per unit.
def panel_dense_param_count(n_tickers, n_features, units):
    return int(n_features * units + n_features)
