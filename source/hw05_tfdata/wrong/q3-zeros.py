# Degenerate stub: right split sizes, batch sizes, shapes and dtypes, but every example is a row of zeros with label 0.
def make_dataset(X, y, batch_size, val_frac, seed):
    n, f = np.shape(X)
    n_val = int(round(val_frac * n))
    def zeros(k):
        return tf.data.Dataset.from_tensor_slices((np.zeros((k, f), dtype="float32"), np.zeros(k, dtype="int32")))
    return (zeros(n - n_val).batch(batch_size).prefetch(tf.data.AUTOTUNE),
            zeros(n_val).batch(batch_size).prefetch(tf.data.AUTOTUNE))
