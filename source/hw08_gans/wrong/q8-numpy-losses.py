# Computes the WGAN losses with NumPy (np.mean) instead of keras.ops: the values are right, but they are constants to
# TensorFlow, so neither the critic nor the generator gets a gradient from them.
def critic_loss(c_real, c_fake):
    return np.mean(c_fake) - np.mean(c_real)


def wgan_generator_loss(c_fake):
    return -np.mean(c_fake)
