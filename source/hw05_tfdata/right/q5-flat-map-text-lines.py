# Reads the file as the tf.data guide reads a list of CSV files: a dataset of file names, flat-mapped to each file's
# lines with tf.data.TextLineDataset (here one name), then parses each line and batches the rows.
def csv_batches(path, batch_size):
    def parse(line):
        return tf.strings.to_number(tf.strings.split(line, ","), out_type=tf.float32)
    lines = tf.data.Dataset.from_tensor_slices([path]).flat_map(tf.data.TextLineDataset)
    return lines.map(parse).batch(batch_size).prefetch(tf.data.AUTOTUNE)
