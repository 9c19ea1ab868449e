# Handles the two signs separately but clips the ratio on both sides when A < 0: for r > 1 + eps it uses (1 + eps) * A
# instead of the full penalty r * A.
def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    ratio = np.asarray(ratio, dtype=float)
    advantage = np.asarray(advantage, dtype=float)
    kept = np.where(advantage > 0, np.minimum(ratio, 1.0 + epsilon), np.clip(ratio, 1.0 - epsilon, 1.0 + epsilon))
    return float(np.mean(kept * advantage))
