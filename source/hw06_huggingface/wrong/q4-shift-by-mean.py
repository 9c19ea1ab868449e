# Shifts the log-sum-exp by each row's mean instead of its maximum: the largest exponent is still positive, and a row
# whose largest logit lies more than about 709 above the mean overflows to log(inf) = inf.
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    c = z.mean(axis=-1, keepdims=True)
    log_norm = (c + np.log(np.exp(z - c).sum(axis=-1, keepdims=True)))[:, 0]
    return float(np.mean(log_norm - z[np.arange(len(y)), y]))
