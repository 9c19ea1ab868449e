# Returns the norm of the CLIPPED gradients (max_norm whenever clipping happened), not the norm before clipping.
def clip_by_global_norm(grads, max_norm):
    grads = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    clipped = [g * (max_norm / max(norm, max_norm)) for g in grads]
    return clipped, float(np.sqrt(sum(np.sum(c ** 2) for c in clipped)))
