# Ends the generator's dataset with .cache().prefetch(...), the performance guide's recipe: the first pass streams,
# but the cache then keeps every window in memory and later passes replay them instead of slicing the series.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")

    def gen():
        for i in range(len(series) - window):
            yield series[i:i + window], series[i + window]

    return tf.data.Dataset.from_generator(
        gen,
        output_signature=(tf.TensorSpec(shape=(window,), dtype=tf.float32),
                          tf.TensorSpec(shape=(), dtype=tf.float32))).cache().prefetch(tf.data.AUTOTUNE)
