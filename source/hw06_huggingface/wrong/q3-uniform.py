# Degenerate stub: the constant uniform distribution 1/K for every row, whatever the logits.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    return np.full_like(z, 1.0 / z.shape[-1])

stored_probs = logits_to_probs(stored_logits)
predicted_class = np.argmax(stored_probs, axis=-1)
confidence = np.round(stored_probs.max(axis=-1), 2)
