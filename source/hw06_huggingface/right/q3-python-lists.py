# Builds the pair row by row as Python lists: int(np.argmax(row)) and round(float(row.max()), 2) for each row of the
# softmax; lists of one entry per row, integer classes, the same values.
def logits_to_probs(logits):
    z = np.array(logits, dtype=np.float64)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return [int(np.argmax(row)) for row in probs], [round(float(row.max()), 2) for row in probs]
