# Degenerate stub: an empty dataset of float32 rows, never reading the file.
def csv_batches(path, batch_size):
    return tf.data.Dataset.from_tensor_slices(np.zeros((0, 1), dtype="float32")).batch(batch_size)
