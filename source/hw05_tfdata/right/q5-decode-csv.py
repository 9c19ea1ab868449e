# Parses each line with tf.io.decode_csv, one float32 default per column (the column count read from the first line),
# and stacks the columns into the row's vector.
def csv_batches(path, batch_size):
    with open(path) as f:
        n_cols = len(f.readline().split(","))

    def parse(line):
        return tf.stack(tf.io.decode_csv(line, record_defaults=[[0.0]] * n_cols))

    return tf.data.TextLineDataset(path).map(parse).batch(batch_size).prefetch(tf.data.AUTOTUNE)
