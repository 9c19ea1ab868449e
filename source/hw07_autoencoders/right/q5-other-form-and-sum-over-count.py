# Writes the KL per dimension as 0.5 * (sigma^2 + mu^2 - 1 - log sigma^2), sums over axis=1 (the latent axis of an
# (n, k) array), and averages over the batch as a sum divided by the batch size instead of ops.mean: the same value.
def kl_loss(z_mean, z_log_var):
    per_dimension = 0.5 * (ops.exp(z_log_var) + ops.square(z_mean) - 1.0 - z_log_var)
    per_example = ops.sum(per_dimension, axis=1)
    return ops.sum(per_example) / ops.cast(ops.shape(per_example)[0], "float32")
