# Subtracts each row's minimum instead of its maximum: the exponents are then >= 0, and a row whose logits spread over
# more than about 709 overflows to inf / inf = nan.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    e = np.exp(z - z.min(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
