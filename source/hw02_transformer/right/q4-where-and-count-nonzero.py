# Counts the right predictions among the real tokens with ops.where and ops.count_nonzero instead of a logical and.
def masked_accuracy(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int64")
    pred = ops.cast(ops.argmax(logits, axis=-1), "int64")
    real = labels != 0
    right = ops.where(real, pred == labels, False)
    return ops.cast(ops.count_nonzero(right), "float32") / ops.cast(ops.count_nonzero(real), "float32")
