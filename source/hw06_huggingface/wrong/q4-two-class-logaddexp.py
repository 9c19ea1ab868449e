# Computes the log-sum-exp with np.logaddexp(z[:, 0], z[:, 1]), stable but only for two classes: with K > 2 the other
# classes are left out of the normaliser.
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    log_norm = np.logaddexp(z[:, 0], z[:, 1])
    return float(np.mean(log_norm - z[np.arange(len(y)), y]))
