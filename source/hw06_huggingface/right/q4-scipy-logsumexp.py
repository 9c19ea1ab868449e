# The log-sum-exp from scipy.special.logsumexp over the last axis (stable: SciPy shifts by the maximum itself), the
# true classes' logits picked with take_along_axis, and the mean converted to a Python float.
def sparse_ce_from_logits(logits, labels):
    from scipy.special import logsumexp
    z = np.asarray(logits, dtype=np.float64)
    picked = np.take_along_axis(z, np.asarray(labels, dtype=np.int64)[:, None], axis=-1)[:, 0]
    return float(np.mean(logsumexp(z, axis=-1) - picked))
