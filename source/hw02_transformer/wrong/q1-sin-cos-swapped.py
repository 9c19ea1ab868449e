# Swaps the two functions: cosines at the even components and sines at the odd ones, so PE(0) = [1, 0, 1, 0, ...].
def positional_encoding(length, d):
    t = np.arange(length)[:, None]
    i = np.arange(d)[None, :]
    angles = t / 10000.0 ** (2 * (i // 2) / d)
    return np.where(i % 2 == 0, np.cos(angles), np.sin(angles)).astype("float32")
