# Subtracts the penalty from rm_score in place and returns it: the caller's reward-model scores become the penalised
# rewards, so a second call (or a log of the scores) penalises them twice.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    rm_score = np.asarray(rm_score, dtype=float)
    rm_score -= beta * np.sum(np.asarray(logp_policy, dtype=float) - np.asarray(logp_sft, dtype=float), axis=-1)
    return rm_score
