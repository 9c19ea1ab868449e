# The softmax with keras.ops.softmax over the last axis in float32 (the dtype Keras computes in; the backend subtracts
# the maximum itself), converted to NumPy; the pair from it as asked: the same probabilities up to float32 rounding.
def logits_to_probs(logits):
    z = keras.ops.convert_to_tensor(np.asarray(logits), dtype="float32")
    return keras.ops.convert_to_numpy(keras.ops.softmax(z, axis=-1))


def predict_with_confidence(logits):
    probs = logits_to_probs(logits)
    return np.argmax(probs, axis=-1), np.round(probs.max(axis=-1), 2)
