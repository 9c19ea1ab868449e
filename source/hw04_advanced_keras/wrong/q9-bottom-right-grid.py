# Takes both differences on the grid of bottom-right pixels, x[1:, 1:] against its upper and left neighbours,
# instead of the top-left grid x[:-1, :-1]: the top-left pixel never enters, the bottom-right one does.
def total_variation_loss(image):
    x = ops.convert_to_tensor(image, dtype="float32")
    a = ops.square(x[1:, 1:, :] - x[:-1, 1:, :])
    b = ops.square(x[1:, 1:, :] - x[1:, :-1, :])
    return ops.sum(ops.power(a + b, 1.25))
