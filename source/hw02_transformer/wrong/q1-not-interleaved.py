# Concatenates all sines followed by all cosines instead of interleaving them (the other common convention).
def positional_encoding(length, d):
    t = np.arange(length, dtype="float64")[:, None]
    k = np.arange(d // 2)[None, :]
    angles = t / 10000.0 ** (2 * k / d)
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=-1).astype("float32")
