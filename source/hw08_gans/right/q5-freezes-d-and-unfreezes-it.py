# Freezes the discriminator for the generator step as Keras 2's combined model did (D.trainable = False) and sets it
# trainable again before returning: the gradient still flows through D into G, only G's variables move, and the next
# discriminator step finds D's variables trainable. The discriminator step is the solution's.
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
    D.trainable = False
    try:
        with tf.GradientTape() as tape:
            loss = loss_fn(D(G(z, training=True), training=False))
        grads = tape.gradient(loss, G.trainable_variables)
        G.optimizer.apply(grads, G.trainable_variables)
    finally:
        D.trainable = True
    return float(loss)
