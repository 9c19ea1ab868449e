# Leaves the 4 out of the denominator: sum((S - C)^2) / (channels^2 * size^2).
def style_loss(style_gram, combination_gram, size):
    S = ops.convert_to_tensor(style_gram, dtype="float32")
    C = ops.convert_to_tensor(combination_gram, dtype="float32")
    channels = S.shape[0]
    return ops.sum(ops.square(S - C)) / ((channels ** 2) * (size ** 2))
