# Writes the loss as the text's binary cross-entropy, ops.binary_crossentropy with label 1 on the real batch and label 0
# on the fake batch, each averaged over its own batch, after clipping with ops.clip: keras.ops' cross-entropy on
# probabilities is -[y log p + (1 - y) log(1 - p)] (it clips to [1e-7, 1 - 1e-7] itself), so this is the same loss.
def discriminator_loss(d_real, d_fake):
    d_real = ops.clip(ops.convert_to_tensor(d_real, dtype="float32"), 1e-7, 1.0 - 1e-7)
    d_fake = ops.clip(ops.convert_to_tensor(d_fake, dtype="float32"), 1e-7, 1.0 - 1e-7)
    real_term = ops.mean(ops.binary_crossentropy(ops.ones_like(d_real), d_real))
    fake_term = ops.mean(ops.binary_crossentropy(ops.zeros_like(d_fake), d_fake))
    return real_term + fake_term
