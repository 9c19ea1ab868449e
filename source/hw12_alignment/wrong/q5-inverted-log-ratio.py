# Inverts the log-ratio (log pi_SFT - log pi_RL): the policy is rewarded for drifting away from the SFT model.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    log_ratio = np.sum(np.asarray(logp_sft, dtype=float) - np.asarray(logp_policy, dtype=float), axis=-1)
    return np.asarray(rm_score, dtype=float) - beta * log_ratio
