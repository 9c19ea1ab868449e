# Raises each squared difference to the power 1.25 on its own, instead of their sum: (a + b) ** 1.25 != a ** 1.25 + b **
# 1.25.
def total_variation_loss(image):
    x = ops.convert_to_tensor(image, dtype="float32")
    a = ops.square(x[:-1, :-1, :] - x[1:, :-1, :])
    b = ops.square(x[:-1, :-1, :] - x[:-1, 1:, :])
    return ops.sum(ops.power(a, 1.25) + ops.power(b, 1.25))
