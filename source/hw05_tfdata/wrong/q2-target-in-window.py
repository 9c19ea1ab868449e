# Takes the window's own last value as the target, series[i + window - 1], instead of the next value after it.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")

    def gen():
        for i in range(len(series) - window):
            yield series[i:i + window], series[i + window - 1]

    return tf.data.Dataset.from_generator(
        gen, output_signature=(tf.TensorSpec(shape=(window,), dtype=tf.float32),
                               tf.TensorSpec(shape=(), dtype=tf.float32)))
