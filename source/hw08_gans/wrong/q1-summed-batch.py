# Sums the log-probabilities over the batch instead of averaging them, so the loss grows with the batch size.
def discriminator_loss(d_real, d_fake):
    d_real = ops.clip(d_real, EPS, 1.0 - EPS)
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return -(ops.sum(ops.log(d_real)) + ops.sum(ops.log(1.0 - d_fake)))
