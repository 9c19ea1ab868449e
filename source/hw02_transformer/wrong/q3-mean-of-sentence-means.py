# Averages each sentence's real tokens, then the sentences: a short sentence weighs as much as a long one.
def masked_loss(labels, logits):
    labels = ops.convert_to_tensor(labels)
    logits = ops.cast(ops.convert_to_tensor(logits), "float32")
    per_token = keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)
    mask = ops.cast(ops.not_equal(labels, 0), per_token.dtype)
    return ops.mean(ops.sum(per_token * mask, axis=1) / ops.sum(mask, axis=1))
