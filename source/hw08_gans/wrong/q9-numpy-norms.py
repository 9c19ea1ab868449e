# Computes the norms with NumPy: the value is right, but it is a constant to TensorFlow, so the critic's update gets no
# gradient from the penalty and the Lipschitz constraint is never enforced.
def gradient_penalty(critic, real, fake, alpha):
    real = ops.convert_to_tensor(real, dtype="float32")
    fake = ops.convert_to_tensor(fake, dtype="float32")
    alpha = ops.convert_to_tensor(alpha, dtype="float32")
    x_hat = real + alpha * (fake - real)
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        scores = critic(x_hat)
    grads = np.asarray(tape.gradient(scores, x_hat))
    return float(np.mean((np.linalg.norm(grads, axis=1) - 1.0) ** 2))
