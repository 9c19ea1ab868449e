# One response at a time in Python, each sequence log-probability a sum of per-token floats: slower than the
# vectorised form, the same shape (B,) and values.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    rewards = []
    for score, policy_row, sft_row in zip(rm_score, logp_policy, logp_sft):
        log_ratio = sum(float(p) for p in policy_row) - sum(float(s) for s in sft_row)
        rewards.append(float(score) - beta * log_ratio)
    return np.array(rewards)
