# The softmax with scipy.special.softmax over axis=-1 (stable: SciPy subtracts the maximum itself) on a float64 copy,
# and the confidence read with take_along_axis at the arg-max: the same probabilities and pair.
def logits_to_probs(logits):
    from scipy.special import softmax
    return softmax(np.array(logits, dtype=np.float64), axis=-1)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    predicted_class = probs.argmax(axis=-1)
    confidence = np.take_along_axis(probs, predicted_class[..., None], axis=-1)[..., 0]
    return predicted_class, np.round(confidence, 2)
