# Degenerate stub: returns a reward of zero for every response.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    return np.zeros(len(rm_score))
