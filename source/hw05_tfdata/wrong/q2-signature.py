# Declares the window as a vector of unknown length (shape=(None,)) in output_signature.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")

    def gen():
        for i in range(len(series) - window):
            yield series[i:i + window], series[i + window]

    return tf.data.Dataset.from_generator(
        gen,
        output_signature=(tf.TensorSpec(shape=(None,), dtype=tf.float32),
                          tf.TensorSpec(shape=(), dtype=tf.float32)))
