# Takes the logs without clipping, so a discriminator that is certain (D(x) = 1 or D(G(z)) = 0) gets log(0): an infinite
# loss and NaN gradients.
def discriminator_loss(d_real, d_fake):
    return -(ops.mean(ops.log(d_real)) + ops.mean(ops.log(1.0 - d_fake)))
