# Takes Keras's per-token accuracy function, keras.metrics.sparse_categorical_accuracy (1.0 where the argmax is the
# label), and averages it over the real tokens with the mask as weights.
def masked_accuracy(labels, logits):
    labels = ops.convert_to_tensor(labels)
    hits = keras.metrics.sparse_categorical_accuracy(labels, ops.convert_to_tensor(logits))
    mask = ops.cast(ops.not_equal(labels, 0), hits.dtype)
    return ops.sum(hits * mask) / ops.sum(mask)
