# The generator step differentiates with respect to all variables and also updates the discriminator.
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
    variables = G.trainable_variables + D.trainable_variables
    with tf.GradientTape() as tape:
        loss = loss_fn(D(G(z, training=True), training=True))
    grads = tape.gradient(loss, variables)
    G.optimizer.apply(grads, variables)
    return float(loss)
