# The global norm as the Euclidean norm of the per-array norms, np.linalg.norm([np.linalg.norm(a) for a in arrays]):
# sqrt(sum_i ||g_i||^2) is the same number. Each array is converted to float64 first, then scaled by the one factor.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.array(g, dtype=np.float64) for g in grads]
    norm = float(np.linalg.norm([np.linalg.norm(a) for a in arrays]))
    factor = max_norm / max(norm, max_norm)
    return [a * factor for a in arrays], norm
