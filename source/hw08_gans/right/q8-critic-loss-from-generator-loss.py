# Writes the critic loss through the generator loss, mean(c_fake) - mean(c_real) = wgan_generator_loss(c_real) -
# wgan_generator_loss(c_fake), and the generator loss with ops.negative of the mean of the flattened scores: the same
# two scalars, each batch averaged on its own.
def wgan_generator_loss(c_fake):
    return ops.negative(ops.mean(ops.reshape(c_fake, (-1,))))


def critic_loss(c_real, c_fake):
    return wgan_generator_loss(c_real) - wgan_generator_loss(c_fake)
