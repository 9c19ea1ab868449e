# Splits with take/skip after a shuffle that reshuffles every iteration, so validation examples leak into training.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    ds = tf.data.Dataset.from_tensor_slices((X, y)).shuffle(n, seed=seed)
    train_ds = ds.skip(n_val).shuffle(n - n_val, seed=seed).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    val_ds = ds.take(n_val).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    return train_ds, val_ds
