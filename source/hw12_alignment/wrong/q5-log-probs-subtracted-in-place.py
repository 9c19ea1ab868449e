# Subtracts the SFT log-probabilities from logp_policy in place: the caller's policy log-probabilities (needed again for
# PPO's ratio) are overwritten with the per-token log-ratios.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    logp_policy = np.asarray(logp_policy, dtype=float)
    logp_policy -= np.asarray(logp_sft, dtype=float)
    return np.asarray(rm_score, dtype=float) - beta * logp_policy.sum(axis=-1)
