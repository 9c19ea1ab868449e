# Describes the elements with from_generator's older output_types and output_shapes arguments instead of
# output_signature: the same dtypes and shapes, and the generator still slices each window when it is asked for it.
def make_windows(series, window):
    values = np.asarray(series, dtype=np.float32)

    def windows():
        for start in range(len(values) - window):
            yield values[start:start + window], values[start + window]

    return tf.data.Dataset.from_generator(windows, output_types=(tf.float32, tf.float32),
                                          output_shapes=(tf.TensorShape([window]), tf.TensorShape([])))
