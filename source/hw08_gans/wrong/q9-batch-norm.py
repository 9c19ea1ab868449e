# Takes one gradient norm over the whole batch instead of one norm per example.
def gradient_penalty(critic, real, fake, alpha):
    real = tf.convert_to_tensor(real, dtype=tf.float32)
    fake = tf.convert_to_tensor(fake, dtype=tf.float32)
    alpha = tf.convert_to_tensor(alpha, dtype=tf.float32)
    x_hat = real + alpha * (fake - real)
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        scores = critic(x_hat)
    grads = tape.gradient(scores, x_hat)
    norm = ops.sqrt(ops.sum(ops.square(grads)))
    return ops.square(norm - 1.0)
