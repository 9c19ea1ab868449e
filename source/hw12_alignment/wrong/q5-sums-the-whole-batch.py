# np.sum without axis: one log-ratio for the whole batch, subtracted from every response's score.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    log_ratio = np.sum(np.asarray(logp_policy, dtype=float) - np.asarray(logp_sft, dtype=float))
    return np.asarray(rm_score, dtype=float) - beta * log_ratio
