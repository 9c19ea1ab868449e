# Sums over the batch instead of averaging, so the value grows with the batch size.
def kl_loss(z_mean, z_log_var):
    return ops.sum(-0.5 * (1.0 + z_log_var - ops.square(z_mean) - ops.exp(z_log_var)))
