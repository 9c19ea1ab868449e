# Works in float32, the dtype TensorFlow clips float32 gradients in: the norm is right to about 1e-7 of itself, not to
# 1e-9.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float32) for g in grads]
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in arrays)))
    factor = np.float32(max_norm / max(norm, max_norm))
    return [g * factor for g in arrays], norm
