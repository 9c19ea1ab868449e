# Degenerate stub: every ratio is 1 (the policy never changes) and the objective is the constant 1.0.
def probability_ratio(logp_new, logp_old):
    return np.ones_like(np.asarray(logp_new, dtype=float))


def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    return 1.0
