# Exponentiates each log-probability and then divides: sequence log-probabilities like -800 underflow to 0 / 0 = nan.
def probability_ratio(logp_new, logp_old):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.exp(np.asarray(logp_new, dtype=float)) / np.exp(np.asarray(logp_old, dtype=float))
