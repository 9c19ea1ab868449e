# Keeps the GAN's log-loss for the critic: squashes the scores with a sigmoid and takes the cross-entropy.
def critic_loss(c_real, c_fake):
    return -(ops.mean(ops.log(ops.sigmoid(c_real))) + ops.mean(ops.log(1.0 - ops.sigmoid(c_fake))))


def wgan_generator_loss(c_fake):
    return -ops.mean(ops.log(ops.sigmoid(c_fake)))
