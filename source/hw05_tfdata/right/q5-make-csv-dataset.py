# Reads with tf.data.experimental.make_csv_dataset (no header: column names given; one pass, not shuffled), which
# batches a dict of float32 columns, then stacks the columns into each batch's rows.
def csv_batches(path, batch_size):
    with open(path) as f:
        n_cols = len(f.readline().split(","))
    names = [f"c{j}" for j in range(n_cols)]
    columns = tf.data.experimental.make_csv_dataset(
        path, batch_size, column_names=names, column_defaults=[tf.float32] * n_cols, header=False,
        shuffle=False, num_epochs=1)
    return columns.map(lambda batch: tf.stack([batch[name] for name in names], axis=1))
