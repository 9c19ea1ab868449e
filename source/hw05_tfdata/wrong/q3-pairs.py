# Permutes X and y with two different permutations, so labels no longer belong to their rows.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    rng = np.random.default_rng(seed)
    X = X[rng.permutation(n)]
    y = y[rng.permutation(n)]
    train_ds = (tf.data.Dataset.from_tensor_slices((X[n_val:], y[n_val:]))
                .shuffle(n - n_val, seed=seed).batch(batch_size).prefetch(tf.data.AUTOTUNE))
    val_ds = tf.data.Dataset.from_tensor_slices((X[:n_val], y[:n_val])).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    return train_ds, val_ds
