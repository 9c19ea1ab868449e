# Writes the cross-entropy with NumPy (np.clip, np.log, np.sum, np.mean) instead of keras.ops: right on NumPy arrays,
# but the VAE's train_step runs traced (a tf.function), where x and x_hat are symbolic tensors that NumPy cannot
# read, so training the VAE with this loss fails.
def reconstruction_loss(x, x_hat):
    x_hat = np.clip(x_hat, 1e-7, 1 - 1e-7)
    per_pixel = -(x * np.log(x_hat) + (1 - x) * np.log(1 - x_hat))
    return np.mean(np.sum(per_pixel, axis=-1))
