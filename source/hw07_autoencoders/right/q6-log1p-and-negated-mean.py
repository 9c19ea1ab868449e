# Takes log(1 - x_hat) as ops.log1p(-x_hat), sums the log-likelihood over axis=1 and negates the batch mean at the
# end instead of negating each pixel's term: the same binary cross-entropy, summed over pixels, averaged over the batch.
def reconstruction_loss(x, x_hat):
    x_hat = ops.clip(x_hat, 1e-7, 1.0 - 1e-7)
    log_likelihood = x * ops.log(x_hat) + (1.0 - x) * ops.log1p(-x_hat)
    return -ops.mean(ops.sum(log_likelihood, axis=1))
