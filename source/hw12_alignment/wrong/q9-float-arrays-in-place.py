# Converts with np.asarray(g, dtype=float), which copies an integer array but hands back a float array itself,
# then scales in place: the integer test passes, but the caller's float gradients are scaled too.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g * g) for g in arrays)))
    factor = max_norm / max(norm, max_norm)
    for g in arrays:
        g *= factor
    return arrays, norm
