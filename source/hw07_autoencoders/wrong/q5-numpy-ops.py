# Writes the KL with NumPy (np.exp, np.square, np.sum, np.mean) instead of keras.ops: right on NumPy arrays, but the
# VAE's train_step runs traced (fit and train_on_batch run it as a tf.function), where z_mean and z_log_var are
# symbolic tensors that NumPy cannot read, so training the VAE with this loss fails.
def kl_loss(z_mean, z_log_var):
    per_example = -0.5 * np.sum(1.0 + z_log_var - np.square(z_mean) - np.exp(z_log_var), axis=-1)
    return np.mean(per_example)
