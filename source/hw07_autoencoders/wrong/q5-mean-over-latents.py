# Averages over the latent dimensions instead of summing them.
def kl_loss(z_mean, z_log_var):
    per_dim = -0.5 * (1.0 + z_log_var - ops.square(z_mean) - ops.exp(z_log_var))
    return ops.mean(per_dim)
