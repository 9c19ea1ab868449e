# The discriminator step freezes G while it makes the fakes (G.trainable = False) and sets G.trainable = True again
# before it returns; only D's variables are differentiated and updated.
def discriminator_step(G, D, real_batch, z, loss_fn=None):
    loss_fn = loss_fn or discriminator_loss
    G.trainable = False
    fake = G(z, training=False)
    G.trainable = True
    with tf.GradientTape() as tape:
        loss = loss_fn(D(real_batch, training=True), D(fake, training=True))
    grads = tape.gradient(loss, D.trainable_variables)
    D.optimizer.apply(grads, D.trainable_variables)
    return float(loss)
