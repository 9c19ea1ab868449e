# Writes the non-saturating loss as 1 - log D(G(z)) (a typo found in some course notes) instead of -log D(G(z)).
def generator_loss_minimax(d_fake):
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return ops.mean(ops.log(1.0 - d_fake))


def generator_loss_nonsaturating(d_fake):
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return ops.mean(1.0 - ops.log(d_fake))
