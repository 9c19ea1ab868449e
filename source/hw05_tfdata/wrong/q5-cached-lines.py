# Caches the parsed rows: the first pass reads the file, every later pass (every later epoch) replays the rows it kept
# in memory instead of reading the file again.
def csv_batches(path, batch_size):
    def parse(line):
        return tf.strings.to_number(tf.strings.split(line, ","), out_type=tf.float32)
    return tf.data.TextLineDataset(path).map(parse).cache().batch(batch_size).prefetch(tf.data.AUTOTUNE)
