# Loads the whole file with np.loadtxt when csv_batches is called and slices the array: right batches, but nothing is
# streamed.
def csv_batches(path, batch_size):
    rows = np.loadtxt(path, delimiter=",", ndmin=2).astype("float32")
    return tf.data.Dataset.from_tensor_slices(rows).batch(batch_size)
