# Takes the windows from np.lib.stride_tricks.sliding_window_view, a view of the series that copies nothing, and
# yields them one at a time from the generator: nothing is built in advance.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")
    windows = np.lib.stride_tricks.sliding_window_view(series, window)   # (n - window + 1, window), no copy

    def gen():
        for i in range(len(series) - window):
            yield windows[i], series[i + window]

    signature = (tf.TensorSpec(shape=(window,), dtype=tf.float32), tf.TensorSpec(shape=(), dtype=tf.float32))
    return tf.data.Dataset.from_generator(gen, output_signature=signature)
