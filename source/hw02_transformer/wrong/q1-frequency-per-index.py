# Gives every component its own frequency, omega_i = 10000 ** (i / d), instead of sharing one per sine/cosine pair
# (i // 2).
def positional_encoding(length, d):
    t = np.arange(length, dtype="float64")[:, None]
    i = np.arange(d)[None, :]
    angles = t / 10000.0 ** (i / d)
    return np.where(i % 2 == 0, np.sin(angles), np.cos(angles)).astype("float32")
