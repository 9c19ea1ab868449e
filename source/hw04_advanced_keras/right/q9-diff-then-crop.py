# Takes the neighbour differences with ops.diff along each axis and then crops both to the (H-1) x (W-1) grid of
# top-left pixels (the sign of the difference does not matter once squared): the same sum.
def total_variation_loss(image):
    x = ops.convert_to_tensor(image, dtype="float32")
    vertical = ops.diff(x, axis=0)[:, :-1, :]      # x[i+1, j] - x[i, j], for j <= W-2
    horizontal = ops.diff(x, axis=1)[:-1, :, :]    # x[i, j+1] - x[i, j], for i <= H-2
    return ops.sum((vertical ** 2 + horizontal ** 2) ** 1.25)
