# Splits inside tf.data, as the notes allow: one shuffle with the seed and reshuffle_each_iteration=False gives the
# same order on every pass, so take(n_val) and skip(n_val) are the same disjoint parts in every epoch; the training
# part is then shuffled anew each epoch.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    fixed = tf.data.Dataset.from_tensor_slices((X, y)).shuffle(n, seed=seed, reshuffle_each_iteration=False)
    train_ds = fixed.skip(n_val).shuffle(n - n_val, seed=seed).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    val_ds = fixed.take(n_val).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    return train_ds, val_ds
