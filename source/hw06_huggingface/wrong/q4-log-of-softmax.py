# Takes the log of a (stable) softmax: a probability that underflows to 0 gives log(0) = -inf.
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return float(-np.mean(np.log(p[np.arange(len(y)), y])))
