# Makes the dataset from an int32 tensor (tf.constant(xs, dtype=tf.int32)), TensorFlow's usual integer: the squares
# are integers but wrap around past 2**31 - 1 = 2,147,483,647, so 50001**2 = 2,500,100,001 comes back negative.
def first_pipeline(xs, batch_size):
    ds = tf.data.Dataset.from_tensor_slices(tf.constant(xs, dtype=tf.int32))
    ds = ds.filter(lambda x: x % 2 == 1)
    ds = ds.map(lambda v: v * v)
    ds = ds.batch(batch_size)
    return list(ds.as_numpy_iterator())
