# Rounds the probabilities to 2 decimals first and then takes both the arg-max and the maximum of the rounded array: two
# classes whose probabilities round to the same value tie, and np.argmax returns the first of them, not the most
# probable class.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = np.round(logits_to_probs(logits), 2)
    return np.argmax(probs, axis=-1), probs.max(axis=-1)
