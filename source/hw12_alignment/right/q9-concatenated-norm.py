# The global norm as np.linalg.norm of all entries laid end to end, and a rescale only when it exceeds max_norm
# (otherwise plain copies): the same as multiplying by max_norm / max(norm, max_norm), and zeros stay zeros.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.array(g, dtype=float) for g in grads]
    norm = float(np.linalg.norm(np.concatenate([a.ravel() for a in arrays] + [np.zeros(0)])))
    if norm > max_norm:
        arrays = [a * (max_norm / norm) for a in arrays]
    return arrays, norm
