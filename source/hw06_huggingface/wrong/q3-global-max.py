# Subtracts the largest logit of the whole array instead of each row's maximum: a row whose logits all lie far below it
# underflows to 0 / 0 = nan.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    e = np.exp(z - z.max())
    return e / e.sum(axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
