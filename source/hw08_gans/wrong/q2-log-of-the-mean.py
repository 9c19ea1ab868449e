# Takes the log of the mean instead of the mean of the logs, log(mean(1 - D(G(z)))) and -log(mean(D(G(z)))): they
# differ unless every probability in the batch is the same (Jensen's inequality).
def generator_loss_minimax(d_fake):
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return ops.log(ops.mean(1.0 - d_fake))


def generator_loss_nonsaturating(d_fake):
    d_fake = ops.clip(d_fake, EPS, 1.0 - EPS)
    return -ops.log(ops.mean(d_fake))
