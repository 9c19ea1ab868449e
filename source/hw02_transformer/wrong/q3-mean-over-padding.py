# Zeroes the padding losses but then averages over all B*T positions (ops.mean) instead of over the real tokens.
def masked_loss(labels, logits):
    labels = ops.convert_to_tensor(labels)
    logits = ops.cast(ops.convert_to_tensor(logits), "float32")
    per_token = keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)
    mask = ops.cast(ops.not_equal(labels, 0), per_token.dtype)
    return ops.mean(per_token * mask)
