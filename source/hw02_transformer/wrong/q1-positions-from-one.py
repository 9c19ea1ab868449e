# Counts the positions from 1 (t = 1, ..., length) instead of from 0, so row 0 holds PE(1) and every row is shifted.
def positional_encoding(length, d):
    t = np.arange(1, length + 1, dtype="float64")[:, None]
    i = np.arange(d)[None, :]
    angles = t / 10000.0 ** (2 * (i // 2) / d)
    return np.where(i % 2 == 0, np.sin(angles), np.cos(angles)).astype("float32")
