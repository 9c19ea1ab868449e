# Counts a single bias for the whole layer instead of one bias per unit.
def panel_dense_param_count(n_tickers, n_features, units):
    return int(n_features * units + 1)
