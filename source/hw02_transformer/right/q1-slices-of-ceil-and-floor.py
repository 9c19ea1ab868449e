# Fills the sines and the cosines by slices, as many tutorials do, with ceil(d/2) sine columns and floor(d/2) cosine
# columns, each pair sharing the frequency 10000^(-2k/d): the same table, for an odd width too.
def positional_encoding(length, d):
    t = np.arange(length, dtype="float64")[:, None]
    frequencies = 10000.0 ** (-np.arange(0, d, 2) / d)          # one per pair: ceil(d / 2) of them
    pe = np.zeros((length, d), dtype="float32")
    pe[:, 0::2] = np.sin(t * frequencies)
    pe[:, 1::2] = np.cos(t * frequencies[: d // 2])
    return pe
