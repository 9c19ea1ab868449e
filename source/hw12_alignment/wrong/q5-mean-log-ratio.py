# Averages the per-token log-ratios instead of summing them into the sequence log-ratio.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    log_ratio = np.mean(np.asarray(logp_policy, dtype=float) - np.asarray(logp_sft, dtype=float), axis=-1)
    return np.asarray(rm_score, dtype=float) - beta * log_ratio
