# Takes the last n_val rows as the validation set and shuffles only the training order: the split never depends on the
# seed, and a file sorted by date or class gives a biased validation set.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    train_ds = (tf.data.Dataset.from_tensor_slices((X[:n - n_val], y[:n - n_val]))
                .shuffle(n - n_val, seed=seed, reshuffle_each_iteration=True)
                .batch(batch_size).prefetch(tf.data.AUTOTUNE))
    val_ds = (tf.data.Dataset.from_tensor_slices((X[n - n_val:], y[n - n_val:]))
              .batch(batch_size).prefetch(tf.data.AUTOTUNE))
    return train_ds, val_ds
