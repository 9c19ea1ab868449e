# Builds each dataset from the example indices and gathers each example's row in a map, but pairs the row with its
# index (cast to int32) instead of its label: tf.gather(labels, i) was forgotten. Right only when y[i] == i.
def make_dataset(X, y, batch_size, val_frac, seed):
    features = tf.constant(np.asarray(X, dtype="float32"))
    n = int(features.shape[0])
    n_val = int(round(val_frac * n))
    order = np.random.default_rng(seed).permutation(n)
    train_idx, val_idx = order[n_val:], order[:n_val]

    def pairs(indices):
        return tf.data.Dataset.from_tensor_slices(indices).map(
            lambda i: (tf.gather(features, i), tf.cast(i, tf.int32)))

    train_ds = pairs(train_idx).shuffle(len(train_idx), seed=seed).batch(batch_size)
    val_ds = pairs(val_idx).batch(batch_size)
    return train_ds.prefetch(tf.data.AUTOTUNE), val_ds.prefetch(tf.data.AUTOTUNE)
