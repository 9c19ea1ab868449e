# Wrong default: beta = 0.1 (DPO's usual value) instead of InstructGPT's 0.02.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.1):
    log_ratio = np.sum(np.asarray(logp_policy, dtype=float) - np.asarray(logp_sft, dtype=float), axis=-1)
    return np.asarray(rm_score, dtype=float) - beta * log_ratio
