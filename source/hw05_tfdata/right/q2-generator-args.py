# Hands the series and the window to from_generator through its args (the generator then receives them as NumPy
# values), so the generator function takes parameters instead of closing over them; it still slices each window
# when it is asked for it.
def make_windows(series, window):
    def windows(values, width):
        for i in range(len(values) - width):
            yield values[i:i + width], values[i + width]

    return tf.data.Dataset.from_generator(
        windows, args=(np.asarray(series, dtype=np.float32), window),
        output_signature=(tf.TensorSpec(shape=(window,), dtype=tf.float32), tf.TensorSpec(shape=(), dtype=tf.float32)))
