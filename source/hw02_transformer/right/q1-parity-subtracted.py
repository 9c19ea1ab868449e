# Pairs the components by subtracting the parity, 2 * floor(i / 2) = i - i % 2, and writes 1 / omega as
# exp(-(i - i % 2) * ln(10000) / d), the form of many tutorials: the same table.
def positional_encoding(length, d):
    i = np.arange(d)
    inverse_omega = np.exp(-(i - i % 2) * np.log(10000.0) / d)
    angles = np.outer(np.arange(length), inverse_omega)
    pe = np.where(i % 2 == 0, np.sin(angles), np.cos(angles))
    return pe.astype(np.float32)
