# Clips every entry to [-max_norm, max_norm] (Keras' clipvalue) instead of rescaling by the global norm.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g * g) for g in arrays)))
    return [np.clip(g, -max_norm, max_norm) for g in arrays], norm
