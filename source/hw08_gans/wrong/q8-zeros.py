# Degenerate stub: both WGAN losses return the constant 0.0.
def critic_loss(c_real, c_fake):
    return ops.convert_to_tensor(0.0)


def wgan_generator_loss(c_fake):
    return ops.convert_to_tensor(0.0)
