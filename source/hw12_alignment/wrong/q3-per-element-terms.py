# Returns the per-element terms min(r A, clip(r, 1 - eps, 1 + eps) A) without averaging them over the batch.
def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    ratio = np.asarray(ratio, dtype=float)
    advantage = np.asarray(advantage, dtype=float)
    return np.minimum(ratio * advantage, np.clip(ratio, 1.0 - epsilon, 1.0 + epsilon) * advantage)
