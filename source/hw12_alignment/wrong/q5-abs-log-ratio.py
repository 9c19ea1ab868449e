# Takes the absolute value of the log-ratio ("a KL is never negative"): a response the policy finds less likely than the
# SFT model is penalised instead of rewarded.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    log_ratio = np.sum(np.asarray(logp_policy, dtype=float) - np.asarray(logp_sft, dtype=float), axis=-1)
    return np.asarray(rm_score, dtype=float) - beta * np.abs(log_ratio)
