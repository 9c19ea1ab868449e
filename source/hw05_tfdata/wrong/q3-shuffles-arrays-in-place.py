# Shuffles X and y in place with two generators of the same seed (so each row keeps its label), then splits off the
# first n_val rows: the datasets are right, but the caller's X and y come back reordered (np.asarray is X itself
# when X is already float32, and y itself when y is already int32).
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    np.random.default_rng(seed).shuffle(X)
    np.random.default_rng(seed).shuffle(y)
    n_val = int(round(val_frac * len(X)))
    train_ds = (tf.data.Dataset.from_tensor_slices((X[n_val:], y[n_val:]))
                .shuffle(len(X) - n_val, seed=seed, reshuffle_each_iteration=True)
                .batch(batch_size)
                .prefetch(tf.data.AUTOTUNE))
    val_ds = tf.data.Dataset.from_tensor_slices((X[:n_val], y[:n_val])).batch(batch_size).prefetch(tf.data.AUTOTUNE)
    return train_ds, val_ds
