# Shifts each row by its first logit (the "reference class", z[..., :1]) instead of its maximum: stable only while
# the first logit is the largest; a row such as [-800, 0, 1] overflows to inf / inf = nan.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    e = np.exp(z - z[..., :1])
    return e / e.sum(axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
