# Computes the norm in float64 with math.fsum over all squared entries, and the factor with min(1, max_norm / norm).
import math


def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float64) for g in grads]
    norm = math.sqrt(math.fsum(float(np.sum(a * a)) for a in arrays))
    factor = 1.0 if norm <= max_norm else min(1.0, max_norm / norm)
    return [a * factor for a in arrays], norm
