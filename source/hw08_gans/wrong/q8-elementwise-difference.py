# Averages the pairwise differences c_fake - c_real, which needs a fake for every real example: batches of different
# sizes fail (or, with other shapes, broadcast by accident).
def critic_loss(c_real, c_fake):
    return ops.mean(c_fake - c_real)


def wgan_generator_loss(c_fake):
    return -ops.mean(c_fake)
