# Squares in float32 (tf.cast(x, tf.float32) ** 2, as tf.pow(x, 2.0) needs a float input): right for small numbers,
# but float32 holds integers exactly only up to 2**24 = 16,777,216, so 5001**2 = 25,010,001 comes back as 25,010,000.
def first_pipeline(xs, batch_size):
    ds = tf.data.Dataset.from_tensor_slices(np.asarray(xs))
    ds = ds.filter(lambda x: x % 2 == 1)
    ds = ds.map(lambda v: tf.square(tf.cast(v, tf.float32)))
    ds = ds.batch(batch_size)
    return list(ds.as_numpy_iterator())
