# The cross-entropy as the mean of -log_softmax picked at each label with take_along_axis, the log-softmax written
# with the log-sum-exp trick; the Keras values computed with the loss objects called on the stored arrays.
def sparse_ce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    shifted = z - z.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    picked = np.take_along_axis(log_probs, np.asarray(labels, dtype=np.int64)[:, None], axis=1)
    return float(-picked.mean())


loss_right = float(keras.ops.convert_to_numpy(
    keras.losses.SparseCategoricalCrossentropy(from_logits=True)(stored_labels, stored_logits)))
loss_wrong = float(keras.ops.convert_to_numpy(
    keras.losses.SparseCategoricalCrossentropy(from_logits=False)(stored_labels, stored_logits)))
