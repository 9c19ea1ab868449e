# Counts the columns from the first element of the TextLineDataset itself (TensorFlow reads one line), then parses
# each line with tf.io.decode_csv and stacks the columns into a float32 row.
def csv_batches(path, batch_size):
    lines = tf.data.TextLineDataset(path)
    first = next(iter(lines.take(1)))
    n_cols = int(tf.size(tf.strings.split(first, ",")))

    def parse(line):
        return tf.stack(tf.io.decode_csv(line, record_defaults=[[0.0]] * n_cols))
    return lines.map(parse).batch(batch_size)
