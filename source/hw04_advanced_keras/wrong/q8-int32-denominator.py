# Squares channels and size with ops.square on the Python ints: int32 tensors, so size^2 overflows (wraps around)
# once size > 46340, e.g. a 224 x 224 layer of VGG (size = 50176).
def style_loss(style_gram, combination_gram, size):
    S = ops.convert_to_tensor(style_gram, dtype="float32")
    C = ops.convert_to_tensor(combination_gram, dtype="float32")
    denominator = 4 * ops.square(S.shape[0]) * ops.square(size)
    return ops.sum(ops.square(S - C)) / ops.cast(denominator, "float32")
