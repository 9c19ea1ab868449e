# Uses the largest logit of the whole batch as the log-sum-exp shift instead of each row's maximum: a row whose logits
# all lie far below the batch maximum underflows to log(0) = -inf.
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    c = np.max(z)
    log_norm = c + np.log(np.exp(z - c).sum(axis=-1))
    return float(np.mean(log_norm - z[np.arange(len(y)), y]))
