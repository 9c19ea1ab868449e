# Averages the squared Gram differences before the normalisation, dividing by channels^2 twice.
def style_loss(style_gram, combination_gram, size):
    S = ops.convert_to_tensor(style_gram, dtype="float32")
    C = ops.convert_to_tensor(combination_gram, dtype="float32")
    channels = S.shape[0]
    return ops.mean(ops.square(S - C)) / (4.0 * (channels ** 2) * (size ** 2))
