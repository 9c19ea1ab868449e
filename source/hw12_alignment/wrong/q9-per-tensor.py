# Clips each array by its own norm (Keras' clipnorm): every piece is short enough, but the direction changes.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g * g) for g in arrays)))
    return [g * (max_norm / max(float(np.linalg.norm(g)), max_norm)) for g in arrays], norm
