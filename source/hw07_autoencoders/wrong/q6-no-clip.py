# Skips the clipping of x_hat: a saturated sigmoid output of exactly 0 or 1 makes log 0 = -inf, and the loss becomes inf
# or nan.
def reconstruction_loss(x, x_hat):
    per_pixel = -(x * ops.log(x_hat) + (1.0 - x) * ops.log(1.0 - x_hat))
    return ops.mean(ops.sum(per_pixel, axis=-1))
