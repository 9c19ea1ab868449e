# Shifts the logits by the row maximum in place (z -= c): np.asarray(logits, dtype=np.float64) returns a float64 array
# itself, not a copy, so the caller's logits are changed, and loss_wrong computed afterwards on stored_logits comes out
# wrong.
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).astype(int)
    z -= z.max(axis=-1, keepdims=True)
    log_norm = np.log(np.exp(z).sum(axis=-1))
    return float(np.mean(log_norm - z[np.arange(len(y)), y]))
