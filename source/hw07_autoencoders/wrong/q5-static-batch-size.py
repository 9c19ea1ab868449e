# Averages over the batch as a sum divided by z_mean.shape[0], the static batch size: right on arrays, but fit traces
# train_step with an unknown batch size (None), so training the VAE with this loss fails.
def kl_loss(z_mean, z_log_var):
    per_example = -0.5 * ops.sum(1.0 + z_log_var - ops.square(z_mean) - ops.exp(z_log_var), axis=-1)
    return ops.sum(per_example) / z_mean.shape[0]
