# Splits with another random generator (np.random.RandomState), and builds each dataset from the indices, gathering
# each example's row and label in a map: the same disjoint split, pairs, shuffling and batches.
def make_dataset(X, y, batch_size, val_frac, seed):
    features = tf.constant(np.asarray(X, dtype="float32"))
    labels = tf.constant(np.asarray(y, dtype="int32"))
    n = int(features.shape[0])
    n_val = int(round(val_frac * n))
    order = np.random.RandomState(seed).permutation(n)
    train_idx, val_idx = order[n_val:], order[:n_val]

    def pairs(indices):
        return tf.data.Dataset.from_tensor_slices(indices).map(
            lambda i: (tf.gather(features, i), tf.gather(labels, i)))

    train_ds = pairs(train_idx).shuffle(buffer_size=len(train_idx), seed=seed).batch(batch_size)
    val_ds = pairs(val_idx).batch(batch_size)
    return train_ds.prefetch(tf.data.AUTOTUNE), val_ds.prefetch(tf.data.AUTOTUNE)
