# Sums the per-example losses over the batch instead of averaging them (Keras reports the mean).
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    c = z.max(axis=-1, keepdims=True)
    log_norm = (c + np.log(np.exp(z - c).sum(axis=-1, keepdims=True)))[:, 0]
    return float(-np.sum(z[np.arange(len(y)), y] - log_norm))
