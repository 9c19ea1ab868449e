# Hands from_generator one fixed generator object (lambda: it), so the dataset is empty from the second epoch on.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")

    def gen():
        for i in range(len(series) - window):
            yield series[i:i + window], series[i + window]

    it = gen()
    return tf.data.Dataset.from_generator(
        lambda: it,
        output_signature=(tf.TensorSpec(shape=(window,), dtype=tf.float32),
                          tf.TensorSpec(shape=(), dtype=tf.float32)))
