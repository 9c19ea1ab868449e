# Drops the min: always uses the clipped term clip(r, 1 - eps, 1 + eps) * A, even where PPO keeps r * A.
def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    ratio = np.asarray(ratio, dtype=float)
    advantage = np.asarray(advantage, dtype=float)
    return float(np.mean(np.clip(ratio, 1.0 - epsilon, 1.0 + epsilon) * advantage))
