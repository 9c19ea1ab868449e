# The cross-entropy by hand: log-softmax of the logits, the label's entry picked with take_along_axis, padding
# (label 0) masked out of both the sum and the count.
def masked_loss(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int32")
    log_probs = ops.log_softmax(ops.cast(ops.convert_to_tensor(logits), "float32"), axis=-1)
    picked = ops.squeeze(ops.take_along_axis(log_probs, ops.expand_dims(labels, -1), axis=-1), -1)
    mask = ops.cast(labels != 0, "float32")
    return -ops.sum(picked * mask) / ops.sum(mask)
