# Flips the critic's sign: minimises mean D(x) - mean D(G(z)), i.e. scores fakes higher than real data.
def critic_loss(c_real, c_fake):
    return ops.mean(c_real) - ops.mean(c_fake)


def wgan_generator_loss(c_fake):
    return -ops.mean(c_fake)
