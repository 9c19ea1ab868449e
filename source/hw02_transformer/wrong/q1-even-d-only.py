# Fills the sines and the cosines by slices, pe[:, 0::2] and pe[:, 1::2], from one row of ceil(d/2) frequencies: right
# for an even d, but for an odd d the cosine slice has one column fewer than the frequencies, and NumPy refuses.
def positional_encoding(length, d):
    t = np.arange(length, dtype="float64")[:, None]
    frequencies = 10000.0 ** (-np.arange(0, d, 2) / d)
    pe = np.zeros((length, d))
    pe[:, 0::2] = np.sin(t * frequencies)
    pe[:, 1::2] = np.cos(t * frequencies)
    return pe.astype("float32")
