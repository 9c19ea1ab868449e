# Factors the count as (n_features + 1) * units (one kernel row per feature plus the bias row): the same integer.
def panel_dense_param_count(n_tickers, n_features, units):
    return (n_features + 1) * units
