# Rounds the TRAINING size, n_train = int(round((1 - val_frac) * n)), and gives validation the rest: the same as
# rounding val_frac * n except at halves, where both round to even: 0.5 of 9 examples gives 5 validation examples,
# not 4.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_train = int(round((1 - val_frac) * n))
    perm = np.random.default_rng(seed).permutation(n)
    train_idx, val_idx = perm[:n_train], perm[n_train:]
    train_ds = (tf.data.Dataset.from_tensor_slices((X[train_idx], y[train_idx]))
                .shuffle(len(train_idx), seed=seed, reshuffle_each_iteration=True)
                .batch(batch_size)
                .prefetch(tf.data.AUTOTUNE))
    val_ds = (tf.data.Dataset.from_tensor_slices((X[val_idx], y[val_idx]))
              .batch(batch_size)
              .prefetch(tf.data.AUTOTUNE))
    return train_ds, val_ds
