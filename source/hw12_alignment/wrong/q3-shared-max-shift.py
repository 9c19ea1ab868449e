# Borrows softmax's stability trick: subtracts the batch's largest log-probability from both arrays before
# exponentiating. A batch of similar responses passes, but when one response is hundreds of nats less likely than the
# most likely one, both of its shifted exponentials underflow to 0 and its ratio is 0 / 0 = nan.
def probability_ratio(logp_new, logp_old):
    logp_new, logp_old = np.asarray(logp_new, dtype=float), np.asarray(logp_old, dtype=float)
    shift = max(logp_new.max(), logp_old.max())
    with np.errstate(invalid="ignore"):
        return np.exp(logp_new - shift) / np.exp(logp_old - shift)
