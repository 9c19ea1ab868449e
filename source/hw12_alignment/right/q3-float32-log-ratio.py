# Works in float32, the dtype a model's log-probabilities usually come in: exp(logp_new - logp_old) to float32's
# precision, finite for log-ratios up to about 88 (e^88 is below float32's largest value, 3.4e38).
def probability_ratio(logp_new, logp_old):
    return np.exp(np.asarray(logp_new, dtype=np.float32) - np.asarray(logp_old, dtype=np.float32))
