# Writes the product as an einsum over exactly three axes ("btf,fu->btu"): right for (batch, n_tickers, n_features)
# only, fails for a 2-D or 4-D X.
def dense_on_panel(X, W, b):
    return np.einsum("btf,fu->btu", np.asarray(X), np.asarray(W)) + np.asarray(b)
