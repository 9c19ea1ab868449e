# Writes the sum over the channels x channels entries as channels^2 times their mean, so that sum / (4 channels^2
# size^2) = mean / (4 size^2), in NumPy: the same scalar.
def style_loss(style_gram, combination_gram, size):
    S = np.asarray(style_gram, dtype="float64")
    C = np.asarray(combination_gram, dtype="float64")
    return float(np.mean((S - C) ** 2) / (4.0 * float(size) ** 2))
