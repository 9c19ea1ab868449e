# Reads with tf.data.experimental.CsvDataset, one float32 column type per column (the count read from the first
# line), and stacks each record's columns into the row's vector before batching.
def csv_batches(path, batch_size):
    with open(path) as f:
        n_cols = f.readline().count(",") + 1
    rows = tf.data.experimental.CsvDataset(path, record_defaults=[tf.float32] * n_cols)
    return rows.map(lambda *columns: tf.stack(columns)).batch(batch_size).prefetch(tf.data.AUTOTUNE)
