# Negates the minimax generator loss (-mean log(1 - D(G(z)))), i.e. copies the discriminator's sign.
def generator_loss_minimax(d_fake):
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return -ops.mean(ops.log(1.0 - d_fake))


def generator_loss_nonsaturating(d_fake):
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return -ops.mean(ops.log(d_fake))
