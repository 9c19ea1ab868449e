# Averages the two log terms together in one mean, mean(log D(x) + log(1 - D(G(z)))), which pairs each real example with
# a fake one: it breaks (or silently broadcasts) when the two batches differ in size.
def discriminator_loss(d_real, d_fake):
    d_real = ops.clip(d_real, EPS, 1.0 - EPS)
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return -ops.mean(ops.log(d_real) + ops.log(1.0 - d_fake))
