# Applies the gradients with the older spelling optimizer.apply_gradients(zip(grads, variables)), which the text says
# does the same as optimizer.apply, computes the fakes inside the tape (the gradient is still taken with respect to D's
# variables only), calls the networks without training flags and returns the loss with
# ops.convert_to_numpy(loss).item(): the same two steps.
def discriminator_step(G, D, real_batch, z, loss_fn=None):
    loss_fn = loss_fn or discriminator_loss
    with tf.GradientTape() as tape:
        fake = G(z)
        loss = loss_fn(D(real_batch), D(fake))
    grads = tape.gradient(loss, D.trainable_variables)
    D.optimizer.apply_gradients(zip(grads, D.trainable_variables))
    return ops.convert_to_numpy(loss).item()


def generator_step(G, D, z, loss_fn=None):
    loss_fn = loss_fn or generator_loss_nonsaturating
    with tf.GradientTape() as tape:
        loss = loss_fn(D(G(z)))
    grads = tape.gradient(loss, G.trainable_variables)
    G.optimizer.apply_gradients(zip(grads, G.trainable_variables))
    return ops.convert_to_numpy(loss).item()
