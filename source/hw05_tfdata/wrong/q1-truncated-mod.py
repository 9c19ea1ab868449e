# Tests oddness with tf.math.truncatemod (C's sign rule): -3 mod 2 is -1 there, so negative odd numbers are dropped.
def first_pipeline(xs, batch_size):
    ds = tf.data.Dataset.from_tensor_slices(np.asarray(xs))
    ds = ds.filter(lambda x: tf.math.truncatemod(x, 2) == 1)
    ds = ds.map(lambda v: v * v)
    ds = ds.batch(batch_size)
    return list(ds.as_numpy_iterator())
