# Leaves out .prefetch(tf.data.AUTOTUNE) at the end of both pipelines: right elements, but the input is not prepared
# while the model trains.
def make_dataset(X, y, batch_size, val_frac, seed):
    X = np.asarray(X, dtype="float32")
    y = np.asarray(y, dtype="int32")
    n = len(X)
    n_val = int(round(val_frac * n))
    perm = np.random.default_rng(seed).permutation(n)
    val_idx, train_idx = perm[:n_val], perm[n_val:]
    train_ds = (tf.data.Dataset.from_tensor_slices((X[train_idx], y[train_idx]))
                .shuffle(len(train_idx), seed=seed).batch(batch_size))
    val_ds = tf.data.Dataset.from_tensor_slices((X[val_idx], y[val_idx])).batch(batch_size)
    return train_ds, val_ds
