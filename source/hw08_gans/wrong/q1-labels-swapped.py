# Swaps the labels: treats the real batch as fake (log(1 - D(x))) and the fakes as real (log D(G(z))).
def discriminator_loss(d_real, d_fake):
    d_real = ops.clip(d_real, EPS, 1.0 - EPS)
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return -(ops.mean(ops.log(d_fake)) + ops.mean(ops.log(1.0 - d_real)))
