# Computes the whole table in float32 (positions, frequencies and angles), as a GPU implementation would.
def positional_encoding(length, d):
    t = np.arange(length, dtype="float32")[:, None]
    i = np.arange(d)[None, :]
    omega = np.power(np.float32(10000.0), (2 * (i // 2)).astype("float32") / np.float32(d))
    angles = t / omega
    return np.where(i % 2 == 0, np.sin(angles), np.cos(angles)).astype("float32")
