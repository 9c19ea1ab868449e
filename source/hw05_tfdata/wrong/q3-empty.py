# Degenerate stub: two empty datasets with the right element types.
def make_dataset(X, y, batch_size, val_frac, seed):
    f = np.shape(X)[1]
    empty = tf.data.Dataset.from_tensor_slices((np.zeros((0, f), dtype="float32"), np.zeros(0, dtype="int32")))
    return empty.batch(batch_size), empty.batch(batch_size)
