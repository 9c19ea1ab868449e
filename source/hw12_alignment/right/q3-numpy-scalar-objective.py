# Returns the mean as a NumPy float64 scalar (np.mean of np.where on the sign of A), not a Python float.
def ppo_clip_objective(ratio, advantage, epsilon=0.2):
    r, a = np.asarray(ratio, dtype=float), np.asarray(advantage, dtype=float)
    return np.mean(np.where(a >= 0, np.minimum(r, 1.0 + epsilon), np.maximum(r, 1.0 - epsilon)) * a)
