# Writes the clipped objective by the sign of the advantage: for A >= 0, min(rA, clip(r)A) = min(r, 1 + eps) A; for
# A < 0 the inequality turns, and it is max(r, 1 - eps) A. The same numbers as np.minimum of the two terms.
def probability_ratio(logp_new, logp_old):
    log_ratio = np.subtract(logp_new, logp_old, dtype=float)
    return np.exp(log_ratio)


def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    ratio, advantage = np.asarray(ratio, dtype=float), np.asarray(advantage, dtype=float)
    capped = np.where(advantage >= 0, np.minimum(ratio, 1.0 + epsilon), np.maximum(ratio, 1.0 - epsilon))
    return float((capped * advantage).sum() / advantage.size)
