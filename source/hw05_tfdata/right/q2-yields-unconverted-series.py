# Leaves series as given (an int64 or float64 array) and yields its slices: from_generator converts each value to the
# float32 of output_signature, so the elements are the same.
def make_windows(series, window):
    def gen():
        for i in range(len(series) - window):
            yield series[i:i + window], series[i + window]
    return tf.data.Dataset.from_generator(gen, output_signature=(tf.TensorSpec(shape=(window,), dtype=tf.float32),
                                                                 tf.TensorSpec(shape=(), dtype=tf.float32)))
