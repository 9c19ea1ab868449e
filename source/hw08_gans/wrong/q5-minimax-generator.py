# The generator step minimises the minimax loss mean log(1 - D(G(z))) instead of the non-saturating one: its
# gradient vanishes when D rejects the fakes, early in training, and the generator barely learns.
def discriminator_step(G, D, real_batch, z, loss_fn=None):
    loss_fn = loss_fn or discriminator_loss
    fake = G(z, training=False)
    with tf.GradientTape() as tape:
        loss = loss_fn(D(real_batch, training=True), D(fake, training=True))
    grads = tape.gradient(loss, D.trainable_variables)
    D.optimizer.apply(grads, D.trainable_variables)
    return float(loss)


def generator_step(G, D, z, loss_fn=None):
    loss_fn = loss_fn or generator_loss_minimax
    with tf.GradientTape() as tape:
        loss = loss_fn(D(G(z, training=True), training=False))
    grads = tape.gradient(loss, G.trainable_variables)
    G.optimizer.apply(grads, G.trainable_variables)
    return float(loss)
