# Streams with a sliding window: the generator walks the series once, keeping only the last `window` values in a
# collections.deque, and yields the window with the value that follows it. Nothing is built in advance.
import collections


def make_windows(series, window):
    values = np.asarray(series, dtype="float32")

    def windows():
        recent = collections.deque(maxlen=window)
        for value in values:
            if len(recent) == window:
                yield np.array(recent, dtype="float32"), np.float32(value)
            recent.append(value)

    signature = (tf.TensorSpec(shape=(window,), dtype="float32"), tf.TensorSpec(shape=(), dtype="float32"))
    return tf.data.Dataset.from_generator(windows, output_signature=signature)
