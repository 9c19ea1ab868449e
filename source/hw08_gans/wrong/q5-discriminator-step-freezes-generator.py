# The discriminator step holds G fixed the Keras 2 way, G.trainable = False, and never sets it back: G is left with no
# trainable variables, so every later generator step has nothing to train.
def discriminator_step(G, D, real_batch, z, loss_fn=None):
    loss_fn = loss_fn or discriminator_loss
    G.trainable = False
    fake = G(z, training=False)
    with tf.GradientTape() as tape:
        loss = loss_fn(D(real_batch, training=True), D(fake, training=True))
    grads = tape.gradient(loss, D.trainable_variables)
    D.optimizer.apply(grads, D.trainable_variables)
    return float(loss)
