# Takes one gradient norm over the whole batch instead of one norm per example.
def gradient_penalty(critic, real, fake, alpha):
    real = ops.convert_to_tensor(real, dtype="float32")
    fake = ops.convert_to_tensor(fake, dtype="float32")
    alpha = ops.convert_to_tensor(alpha, dtype="float32")
    x_hat = real + alpha * (fake - real)
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        scores = critic(x_hat)
    grads = tape.gradient(scores, x_hat)
    norm = ops.sqrt(ops.sum(ops.square(grads)))
    return ops.square(norm - 1.0)
