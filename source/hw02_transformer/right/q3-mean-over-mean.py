# Divides the mean of the masked losses by the mean of the mask: both means divide by B * T, which cancels, leaving
# the sum over the real tokens divided by their number.
def masked_loss(labels, logits):
    per_token = keras.losses.sparse_categorical_crossentropy(labels, ops.cast(logits, "float32"), from_logits=True)
    mask = ops.cast(ops.not_equal(ops.convert_to_tensor(labels), 0), "float32")
    return ops.mean(per_token * mask) / ops.mean(mask)
