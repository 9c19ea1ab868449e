# Treats the logits as probabilities (from_logits left at False), so the softmax is never applied.
def masked_loss(labels, logits):
    labels = ops.convert_to_tensor(labels)
    logits = ops.cast(ops.convert_to_tensor(logits), "float32")
    per_token = keras.losses.sparse_categorical_crossentropy(labels, logits)
    mask = ops.cast(ops.not_equal(labels, 0), per_token.dtype)
    return ops.sum(per_token * mask) / ops.sum(mask)
