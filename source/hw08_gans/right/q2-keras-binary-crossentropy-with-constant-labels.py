# Writes both generator losses with Keras' binary cross-entropy on constant labels, as the text derives them: the
# non-saturating loss is the cross-entropy with the real label 1, -mean log D(G(z)), and the minimax loss is minus the
# cross-entropy with the fake label 0, mean log(1 - D(G(z))). keras.losses.BinaryCrossentropy clips the probabilities
# to [1e-7, 1 - 1e-7] itself and averages to a scalar: the same losses.
def generator_loss_minimax(d_fake):
    return -keras.losses.BinaryCrossentropy()(ops.zeros_like(d_fake), d_fake)


def generator_loss_nonsaturating(d_fake):
    return keras.losses.BinaryCrossentropy()(ops.ones_like(d_fake), d_fake)
