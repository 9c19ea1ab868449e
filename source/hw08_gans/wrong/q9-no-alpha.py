# Evaluates the gradient at the real points only (ignores alpha and the fakes) instead of at the interpolates.
def gradient_penalty(critic, real, fake, alpha):
    x_hat = ops.convert_to_tensor(real, dtype="float32")
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        scores = critic(x_hat)
    grads = tape.gradient(scores, x_hat)
    norms = ops.sqrt(ops.sum(ops.square(grads), axis=1))
    return ops.mean(ops.square(norms - 1.0))
