# Applies keras.losses.BinaryCrossentropy(from_logits=True) to the discriminator's probabilities: D already ends in a
# sigmoid, so the loss squashes them through a second sigmoid (D = 0.5 everywhere gives 1.4482 instead of 2 log 2).
def discriminator_loss(d_real, d_fake):
    bce = keras.losses.BinaryCrossentropy(from_logits=True)
    return bce(ops.ones_like(d_real), d_real) + bce(ops.zeros_like(d_fake), d_fake)
