# Averages each sentence's accuracy, then the sentences, instead of counting the batch's real tokens.
def masked_accuracy(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int32")
    pred = ops.cast(ops.argmax(logits, axis=-1), "int32")
    mask = ops.not_equal(labels, 0)
    correct = ops.cast(ops.logical_and(ops.equal(pred, labels), mask), "float32")
    return ops.mean(ops.sum(correct, axis=1) / ops.sum(ops.cast(mask, "float32"), axis=1))
