# The same pipeline with TensorFlow's named functions: tf.math.floormod (Python's sign rule, like %) and tf.square.
def first_pipeline(xs, batch_size):
    ds = tf.data.Dataset.from_tensor_slices(np.asarray(xs))
    ds = ds.filter(lambda x: tf.equal(tf.math.floormod(x, 2), 1)).map(tf.square)
    return [batch for batch in ds.batch(batch_size, drop_remainder=False).as_numpy_iterator()]
