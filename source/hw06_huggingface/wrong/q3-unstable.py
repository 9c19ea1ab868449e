# Exponentiates the raw logits without subtracting the maximum: overflows (nan) for large logits.
def logits_to_probs(logits):
    e = np.exp(np.asarray(logits, dtype=np.float64))
    return e / e.sum(axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
