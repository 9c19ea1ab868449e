# Works in float32 throughout, as TensorFlow clips float32 gradients, and returns the norm np.sqrt gives, a NumPy
# float32 scalar: the same number as a Python float, to float32's precision.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float32) for g in grads]
    norm = np.sqrt(sum(np.sum(np.square(g)) for g in arrays))
    factor = max_norm / max(norm, max_norm)
    return [g * factor for g in arrays], norm
