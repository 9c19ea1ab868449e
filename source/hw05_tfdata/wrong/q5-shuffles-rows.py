# Shuffles the rows, as for a training pipeline (.shuffle(1000) before batch): the rows no longer come in file order.
def csv_batches(path, batch_size):
    def parse(line):
        return tf.strings.to_number(tf.strings.split(line, ","), out_type=tf.float32)
    return (tf.data.TextLineDataset(path).map(parse).shuffle(1000).batch(batch_size)
            .prefetch(tf.data.AUTOTUNE))
