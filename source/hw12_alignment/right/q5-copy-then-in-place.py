# Copies the policy log-probabilities with np.array, subtracts in place on the copy, and returns a new array.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    per_token = np.array(logp_policy, dtype=float)
    per_token -= np.asarray(logp_sft, dtype=float)
    reward = np.array(rm_score, dtype=float)
    reward -= beta * per_token.sum(axis=-1)
    return reward
