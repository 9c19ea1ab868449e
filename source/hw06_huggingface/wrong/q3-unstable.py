# Exponentiates the raw logits without subtracting the maximum: overflows (nan) for large logits.
def logits_to_probs(logits):
    e = np.exp(np.asarray(logits, dtype=np.float64))
    return e / e.sum(axis=-1, keepdims=True)
