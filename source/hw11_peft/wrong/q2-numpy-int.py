# Rounds with NumPy and casts with .astype(int): the width is a NumPy int64 (np.int64(12)), not a Python int, and
# keras.layers.Dense(np.int64(12)) is refused in Keras 3 ("expected a positive integer"), as Dense(12.0) is.
def adapter_width(d, fraction):
    return np.maximum(1, np.rint(fraction * d)).astype(int)


gpt3_adapter_width = adapter_width(12288, 0.001)
