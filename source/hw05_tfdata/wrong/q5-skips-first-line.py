# Skips the first line as if the file had a header row.
def csv_batches(path, batch_size):
    def parse(line):
        return tf.strings.to_number(tf.strings.split(line, ","), out_type=tf.float32)
    return tf.data.TextLineDataset(path).skip(1).map(parse).batch(batch_size).prefetch(tf.data.AUTOTUNE)
