# Sums over the batch as well as the pixels, so the loss grows with the batch size.
def reconstruction_loss(x, x_hat):
    x_hat = ops.clip(x_hat, 1e-7, 1.0 - 1e-7)
    return ops.sum(-(x * ops.log(x_hat) + (1.0 - x) * ops.log(1.0 - x_hat)))
