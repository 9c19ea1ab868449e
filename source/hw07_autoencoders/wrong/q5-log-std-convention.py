# Reads z_log_var as log(sigma) instead of log(sigma^2): uses 2 * z_log_var for log(sigma^2) and exp(2 * z_log_var) for
# the variance (right only where z_log_var = 0).
def kl_loss(z_mean, z_log_var):
    log_sigma = z_log_var
    per_example = -0.5 * ops.sum(1.0 + 2.0 * log_sigma - ops.square(z_mean) - ops.exp(2.0 * log_sigma), axis=-1)
    return ops.mean(per_example)
