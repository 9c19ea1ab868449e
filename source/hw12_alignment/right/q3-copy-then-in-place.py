# Copies logp_new with np.array (always a new array), then subtracts and exponentiates that copy in place.
def probability_ratio(logp_new, logp_old):
    diff = np.array(logp_new, dtype=float)
    diff -= np.asarray(logp_old, dtype=float)
    np.exp(diff, out=diff)
    return diff
