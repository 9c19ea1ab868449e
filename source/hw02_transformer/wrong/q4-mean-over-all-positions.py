# Masks the right predictions but then takes ops.mean over all B * T positions, padding included, so it divides by the
# number of positions instead of the number of real tokens.
def masked_accuracy(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int32")
    pred = ops.cast(ops.argmax(logits, axis=-1), "int32")
    correct = ops.logical_and(ops.equal(pred, labels), ops.not_equal(labels, 0))
    return ops.mean(ops.cast(correct, "float32"))
