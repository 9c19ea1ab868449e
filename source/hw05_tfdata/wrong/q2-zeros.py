# Degenerate stub: the right number of elements and the right element_spec, but every window and target is zero.
def make_windows(series, window):
    n = len(series) - window
    return tf.data.Dataset.from_tensor_slices((np.zeros((n, window), dtype="float32"), np.zeros(n, dtype="float32")))
