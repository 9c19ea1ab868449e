# Ignores the window argument and uses the prompt's example window of 3 everywhere (signature and slices).
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")

    def gen():
        for i in range(len(series) - 3):
            yield series[i:i + 3], series[i + 3]

    return tf.data.Dataset.from_generator(
        gen,
        output_signature=(tf.TensorSpec(shape=(3,), dtype=tf.float32),
                          tf.TensorSpec(shape=(), dtype=tf.float32)))
