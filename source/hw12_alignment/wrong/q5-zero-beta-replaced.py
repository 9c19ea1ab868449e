# Defaults beta with `beta = beta or 0.02` (a None-default habit): beta=0.0 is falsy, so turning the penalty off
# still subtracts 0.02 times the log-ratio.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=None):
    beta = beta or 0.02
    log_ratio = np.sum(np.asarray(logp_policy, dtype=float) - np.asarray(logp_sft, dtype=float), axis=-1)
    return np.asarray(rm_score, dtype=float) - beta * log_ratio
