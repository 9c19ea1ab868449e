# Drops the last partial batch (drop_remainder=True).
def first_pipeline(xs, batch_size):
    ds = tf.data.Dataset.from_tensor_slices(np.asarray(xs))
    ds = ds.filter(lambda x: x % 2 == 1)
    ds = ds.map(lambda v: v * v)
    ds = ds.batch(batch_size, drop_remainder=True)
    return list(ds.as_numpy_iterator())
