# Sums over axis 0, the batch, then averages over the latent dimensions: the axes swapped (right only when the batch
# size equals the number of latent dimensions).
def kl_loss(z_mean, z_log_var):
    per_dim = -0.5 * ops.sum(1.0 + z_log_var - ops.square(z_mean) - ops.exp(z_log_var), axis=0)
    return ops.mean(per_dim)
