# Averages over the batch as a sum divided by x.shape[0], the static batch size: right on arrays, but fit traces
# train_step with an unknown batch size (None), so training the VAE with this loss fails.
def reconstruction_loss(x, x_hat):
    x_hat = ops.clip(x_hat, 1e-7, 1.0 - 1e-7)
    per_pixel = -(x * ops.log(x_hat) + (1.0 - x) * ops.log(1.0 - x_hat))
    return ops.sum(per_pixel) / x.shape[0]
