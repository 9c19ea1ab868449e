# Shuffles the training set with reshuffle_each_iteration=False: the order is drawn once and every epoch repeats it.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    perm = np.random.default_rng(seed).permutation(n)
    val_idx, train_idx = perm[:n_val], perm[n_val:]
    train_ds = (tf.data.Dataset.from_tensor_slices((X[train_idx], y[train_idx]))
                .shuffle(len(train_idx), seed=seed, reshuffle_each_iteration=False)
                .batch(batch_size).prefetch(tf.data.AUTOTUNE))
    val_ds = tf.data.Dataset.from_tensor_slices((X[val_idx], y[val_idx])).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    return train_ds, val_ds
