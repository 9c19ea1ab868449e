# Uses Keras's accuracy metric with the padding mask as sample weights: a weighted mean over the real tokens.
def masked_accuracy(labels, logits):
    metric = keras.metrics.SparseCategoricalAccuracy()
    labels = np.asarray(labels)
    metric.update_state(labels, logits, sample_weight=(labels != 0).astype("float32"))
    return metric.result()
