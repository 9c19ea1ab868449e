# Returns the arrays it was given when the norm is at most max_norm ("nothing to clip"): the caller's own arrays, and
# integer gradients stay integers, where the prompt asks for a new list of float arrays whatever the norm.
def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(np.asarray(g, dtype=float))) for g in grads)))
    if norm <= max_norm:
        return list(grads), norm
    return [np.asarray(g, dtype=float) * (max_norm / norm) for g in grads], norm
