# Freezes the discriminator for the generator step (D.trainable = False, the Keras 2 combined-model habit) and never
# unfreezes it: D.trainable_variables is then empty, so every later discriminator step trains nothing.
def generator_step(G, D, z, loss_fn=None):
    loss_fn = loss_fn or generator_loss_nonsaturating
    D.trainable = False
    with tf.GradientTape() as tape:
        loss = loss_fn(D(G(z, training=True), training=False))
    grads = tape.gradient(loss, G.trainable_variables)
    G.optimizer.apply(grads, G.trainable_variables)
    return float(loss)
