# The softmax as exp(z - logsumexp(z)), shifted by the maximum inside the log-sum-exp, and the confidence read with
# take_along_axis at the arg-max: the same probabilities and pair.
def logits_to_probs(logits):
    z = np.asarray(logits, dtype=np.float64)
    peak = np.max(z, axis=-1, keepdims=True)
    log_norm = peak + np.log(np.sum(np.exp(z - peak), axis=-1, keepdims=True))
    return np.exp(z - log_norm)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    predicted = probs.argmax(axis=-1)
    confidence = np.take_along_axis(probs, predicted[:, None], axis=-1)[:, 0]
    return predicted, np.round(confidence, 2)
