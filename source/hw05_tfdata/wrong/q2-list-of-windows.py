# Uses from_generator, but over a list of every (window, next value) pair built in advance: the dataset holds all the
# windows.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")
    pairs = [(series[i:i + window].copy(), series[i + window]) for i in range(len(series) - window)]

    def gen():
        yield from pairs

    return tf.data.Dataset.from_generator(
        gen,
        output_signature=(tf.TensorSpec(shape=(window,), dtype=tf.float32),
                          tf.TensorSpec(shape=(), dtype=tf.float32)))
