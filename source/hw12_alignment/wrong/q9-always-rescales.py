# Rescales to length max_norm even when the gradient is shorter: small steps are blown up.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g * g) for g in arrays)))
    return [g * (max_norm / norm) for g in arrays], norm
