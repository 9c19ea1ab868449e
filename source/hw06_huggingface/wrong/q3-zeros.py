# Degenerate stub: probabilities of zero everywhere, class 0 and confidence 0 for every row.
def logits_to_probs(logits):
    return np.zeros_like(np.asarray(logits, dtype=np.float64))


def predict_with_confidence(logits):
    return np.zeros(len(logits), dtype=int), np.zeros(len(logits))
