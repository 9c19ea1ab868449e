# Differentiates the batch's mean critic score, ops.mean(critic(x_hat)), instead of the scores: the gradient of a mean
# over n examples is each example's own gradient divided by n, so every example's norm comes out n times too small.
def gradient_penalty(critic, real, fake, alpha):
    real = ops.convert_to_tensor(real, dtype="float32")
    fake = ops.convert_to_tensor(fake, dtype="float32")
    alpha = ops.convert_to_tensor(alpha, dtype="float32")
    x_hat = real + alpha * (fake - real)
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        mean_score = ops.mean(critic(x_hat))
    grads = tape.gradient(mean_score, x_hat)
    norms = ops.sqrt(ops.sum(ops.square(grads), axis=1))
    return ops.mean(ops.square(norms - 1.0))
