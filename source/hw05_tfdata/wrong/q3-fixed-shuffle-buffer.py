# Shuffles the training set with a fixed buffer of 10,000 elements, as many tutorials write it, instead of all the
# training examples: on a larger training set each example can only move about 10,000 places, so every epoch keeps much
# of the same order.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    perm = np.random.default_rng(seed).permutation(n)
    val_idx, train_idx = perm[:n_val], perm[n_val:]
    train_ds = (tf.data.Dataset.from_tensor_slices((X[train_idx], y[train_idx]))
                .shuffle(10000, seed=seed).batch(batch_size).prefetch(tf.data.AUTOTUNE))
    val_ds = tf.data.Dataset.from_tensor_slices((X[val_idx], y[val_idx])).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    return train_ds, val_ds
