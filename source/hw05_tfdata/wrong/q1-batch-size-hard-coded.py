# Hard-codes the batch size of the prompt's example (batch(2)) instead of using the batch_size argument.
def first_pipeline(xs, batch_size):
    ds = tf.data.Dataset.from_tensor_slices(np.asarray(xs))
    ds = ds.filter(lambda x: x % 2 == 1)
    ds = ds.map(lambda v: v * v)
    ds = ds.batch(2)
    return list(ds.as_numpy_iterator())
