# Batches the text lines first and parses each batch at once (split into a ragged tensor, padded to a dense one,
# numbers parsed): the same float32 batches, still read only when iterated.
def csv_batches(path, batch_size):
    def parse_batch(lines):
        return tf.strings.to_number(tf.strings.split(lines, ",").to_tensor(), out_type=tf.float32)
    return tf.data.TextLineDataset(path).batch(batch_size).map(parse_batch).prefetch(tf.data.AUTOTUNE)
