# Degenerate stub: the constant uniform distribution 1/K for every row, whatever the logits.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    return np.full_like(z, 1.0 / z.shape[-1])


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
