# Averages over the grid and the channels instead of summing: the same for a 2 x 2 one-channel image (one term).
def total_variation_loss(image):
    x = ops.convert_to_tensor(image, dtype="float32")
    a = ops.square(x[:-1, :-1, :] - x[1:, :-1, :])
    b = ops.square(x[:-1, :-1, :] - x[:-1, 1:, :])
    return ops.mean(ops.power(a + b, 1.25))
