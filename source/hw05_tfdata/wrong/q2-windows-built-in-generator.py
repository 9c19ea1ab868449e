# Builds every window inside the generator before yielding the first one (an array of all windows): nothing is
# built when make_windows is called, but as soon as the dataset is read the generator holds all the windows at once.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")

    def gen():
        windows = np.array([series[i:i + window] for i in range(len(series) - window)])
        targets = series[window:]
        for x, y in zip(windows, targets):
            yield x, y

    return tf.data.Dataset.from_generator(
        gen,
        output_signature=(tf.TensorSpec(shape=(window,), dtype=tf.float32),
                          tf.TensorSpec(shape=(), dtype=tf.float32)))
