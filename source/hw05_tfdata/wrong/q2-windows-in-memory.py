# Builds every window up front (one stacked array) and slices it with from_tensor_slices: right elements and signature,
# nothing streamed.
def make_windows(series, window):
    series = np.asarray(series, dtype="float32")
    windows = np.stack([series[i:i + window] for i in range(len(series) - window)])
    return tf.data.Dataset.from_tensor_slices((windows, series[window:]))
