# Copies the discriminator step into the generator step and keeps D.optimizer: the generator's variables are updated by
# the discriminator's optimizer (its learning rate and its moment estimates), and G.optimizer never steps.
def discriminator_step(G, D, real_batch, z, loss_fn=None):
    loss_fn = loss_fn or discriminator_loss
    fake = G(z, training=False)
    with tf.GradientTape() as tape:
        loss = loss_fn(D(real_batch, training=True), D(fake, training=True))
    grads = tape.gradient(loss, D.trainable_variables)
    D.optimizer.apply(grads, D.trainable_variables)
    return float(loss)


def generator_step(G, D, z, loss_fn=None):
    loss_fn = loss_fn or generator_loss_nonsaturating
    with tf.GradientTape() as tape:
        loss = loss_fn(D(G(z, training=True), training=False))
    grads = tape.gradient(loss, G.trainable_variables)
    D.optimizer.apply(grads, G.trainable_variables)
    return float(loss)
