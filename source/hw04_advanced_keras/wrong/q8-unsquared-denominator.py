# Forgets to square channels and size in the denominator: divides by 4 * channels * size.
def style_loss(style_gram, combination_gram, size):
    S = np.asarray(style_gram, dtype="float32"); C = np.asarray(combination_gram, dtype="float32")
    channels = S.shape[0]
    return np.sum((S - C) ** 2) / (4.0 * channels * size)
