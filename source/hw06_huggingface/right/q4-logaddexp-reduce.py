# The log-sum-exp of each row from np.logaddexp.reduce over the last axis (pairwise logaddexp, stable without an
# explicit shift), the true classes' logits picked by fancy indexing, and the mean converted to a Python float.
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    log_norm = np.logaddexp.reduce(z, axis=-1)
    return float(np.mean(log_norm - z[np.arange(len(y)), y]))
