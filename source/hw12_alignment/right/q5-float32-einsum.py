# Works in float32, as log-probabilities from a model usually are, and sums each response's per-token log-ratios
# with np.einsum: the same (B,) rewards to float32's precision.
def kl_penalized_reward(rm_score, logp_policy, logp_sft, beta=0.02):
    diff = np.asarray(logp_policy, dtype=np.float32) - np.asarray(logp_sft, dtype=np.float32)
    log_ratio = np.einsum("bt->b", diff)
    return np.asarray(rm_score, dtype=np.float32) - np.float32(beta) * log_ratio
