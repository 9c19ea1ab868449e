# Interpolates as the convex combination alpha * fake + (1 - alpha) * real (the same point as real + alpha * (fake -
# real)), differentiates the batch's summed score (each score depends only on its own example, so the gradient is the
# same) and takes the per-example norm with ops.norm(grads, axis=-1): the same penalty, every step a tensor operation.
def gradient_penalty(critic, real, fake, alpha):
    real = ops.convert_to_tensor(real, dtype="float32")
    fake = ops.convert_to_tensor(fake, dtype="float32")
    alpha = ops.convert_to_tensor(alpha, dtype="float32")
    x_hat = alpha * fake + (1.0 - alpha) * real
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        total_score = ops.sum(critic(x_hat))
    grads = tape.gradient(total_score, x_hat)
    return ops.mean((ops.norm(grads, axis=-1) - 1.0) ** 2)
