# Counts each layer's weights as NumPy products of their shapes (np.prod, as one counts a model's weights), so the dict
# holds NumPy integers (np.int64), which are ints too.
def cae_param_count(n_chars, n_tickers, n_factors, hidden_units=8):
    h = hidden_units
    shapes = {"hidden_layer": [(n_chars, h), (h,)], "batch_norm": [(h,)] * 4,
              "output_beta": [(h, n_factors), (n_factors,)], "output_factor": [(n_tickers, n_factors), (n_factors,)]}
    size = {name: sum(np.prod(shape) for shape in weights) for name, weights in shapes.items()}
    beta_net = size["hidden_layer"] + size["batch_norm"] + size["output_beta"]
    total = beta_net + size["output_factor"]
    return {"beta_net": beta_net, "factor_net": size["output_factor"], "total": total,
            "trainable": total - np.prod((2, h))}
