# Counts the kernel only and forgets the bias (one per unit).
def panel_dense_param_count(n_tickers, n_features, units):
    return int(n_features * units)
