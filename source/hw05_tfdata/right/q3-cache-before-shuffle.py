# Caches the training examples BEFORE shuffling them, .cache().shuffle(...): the cache holds the examples in their
# split order and the shuffle after it still draws a new order every epoch.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    perm = np.random.default_rng(seed).permutation(n)
    val_idx, train_idx = perm[:n_val], perm[n_val:]
    train_ds = (tf.data.Dataset.from_tensor_slices((X[train_idx], y[train_idx]))
                .cache().shuffle(len(train_idx), seed=seed).batch(batch_size).prefetch(tf.data.AUTOTUNE))
    val_ds = (tf.data.Dataset.from_tensor_slices((X[val_idx], y[val_idx]))
              .cache().batch(batch_size).prefetch(tf.data.AUTOTUNE))
    return train_ds, val_ds
