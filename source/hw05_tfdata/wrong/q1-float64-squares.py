# Squares in float64 (tf.cast(v, tf.float64) ** 2, since tf.pow wants a float): exact for these numbers, unlike
# float32, but every batch comes back as a float64 array of whole numbers instead of the integers asked for.
def first_pipeline(xs, batch_size):
    ds = tf.data.Dataset.from_tensor_slices(np.asarray(xs))
    ds = ds.filter(lambda x: x % 2 == 1)
    ds = ds.map(lambda v: tf.math.pow(tf.cast(v, tf.float64), 2.0))
    ds = ds.batch(batch_size)
    return list(ds.as_numpy_iterator())
