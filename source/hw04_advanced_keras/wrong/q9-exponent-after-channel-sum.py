# Sums the squared differences over the channels before the exponent, (sum_c (a + b)) ** 1.25 per pixel, instead
# of applying it per pixel AND per channel: the same for one channel.
def total_variation_loss(image):
    x = ops.convert_to_tensor(image, dtype="float32")
    a = ops.square(x[:-1, :-1, :] - x[1:, :-1, :])
    b = ops.square(x[:-1, :-1, :] - x[:-1, 1:, :])
    return ops.sum(ops.power(ops.sum(a + b, axis=-1), 1.25))
