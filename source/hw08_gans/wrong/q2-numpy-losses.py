# Computes both generator losses with NumPy instead of keras.ops: the values are right, but they are constants to
# TensorFlow, so a generator step gets no gradient from them.
def generator_loss_minimax(d_fake):
    d_fake = np.clip(d_fake, EPS, 1.0 - EPS)
    return np.mean(np.log(1.0 - d_fake))


def generator_loss_nonsaturating(d_fake):
    d_fake = np.clip(d_fake, EPS, 1.0 - EPS)
    return -np.mean(np.log(d_fake))
