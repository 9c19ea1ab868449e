# Degenerate stub: ratios of zero of the input's shape and an objective of 0.0.
def probability_ratio(logp_new, logp_old):
    return np.zeros_like(np.asarray(logp_new, dtype=float))


def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    return 0.0
