# Takes the argmax over axis 1, the positions, instead of the last axis, the vocabulary: the predictions have shape
# (B, V), not the labels' (B, T).
def masked_accuracy(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int32")
    pred = ops.cast(ops.argmax(logits, axis=1), "int32")
    mask = ops.not_equal(labels, 0)
    correct = ops.logical_and(ops.equal(pred, labels), mask)
    return ops.sum(ops.cast(correct, "float32")) / ops.sum(ops.cast(mask, "float32"))
