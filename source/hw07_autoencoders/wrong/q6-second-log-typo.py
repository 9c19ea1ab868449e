# Typo in the second term: (1 - x) * log(x_hat) instead of (1 - x) * log(1 - x_hat), so the loss only rewards large
# x_hat (identical to the right loss when x_hat = 0.5).
def reconstruction_loss(x, x_hat):
    x_hat = ops.clip(x_hat, 1e-7, 1.0 - 1e-7)
    per_pixel = -(x * ops.log(x_hat) + (1.0 - x) * ops.log(x_hat))
    return ops.mean(ops.sum(per_pixel, axis=-1))
