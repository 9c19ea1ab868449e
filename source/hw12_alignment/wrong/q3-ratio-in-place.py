# Subtracts and exponentiates in place: np.asarray(logp_new, dtype=float) is the caller's float array itself, so the
# caller's log-probabilities are overwritten with the ratios.
def probability_ratio(logp_new, logp_old):
    diff = np.asarray(logp_new, dtype=float)
    diff -= np.asarray(logp_old, dtype=float)
    return np.exp(diff, out=diff)
