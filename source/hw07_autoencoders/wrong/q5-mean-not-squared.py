# Forgets to square the mean: 1 + log sigma^2 - mu - sigma^2 instead of ... - mu^2 (the same wherever mu is 0 or 1).
def kl_loss(z_mean, z_log_var):
    per_example = -0.5 * ops.sum(1.0 + z_log_var - z_mean - ops.exp(z_log_var), axis=-1)
    return ops.mean(per_example)
