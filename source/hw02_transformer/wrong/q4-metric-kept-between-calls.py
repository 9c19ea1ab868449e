# Keeps one keras.metrics.SparseCategoricalAccuracy between calls (created outside the function, never reset): each
# call returns the running accuracy of every batch seen so far, not the accuracy of the batch it was given.
_running_accuracy = keras.metrics.SparseCategoricalAccuracy()


def masked_accuracy(labels, logits):
    labels = np.asarray(labels)
    _running_accuracy.update_state(labels, logits, sample_weight=(labels != 0).astype("float32"))
    return _running_accuracy.result()
