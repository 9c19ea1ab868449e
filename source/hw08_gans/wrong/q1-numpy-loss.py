# Computes the loss with NumPy (np.clip, np.log, np.mean) instead of keras.ops: the value is right, but it is a
# constant to TensorFlow, so a discriminator step gets no gradient from it (and a traced train_step cannot run it).
def discriminator_loss(d_real, d_fake):
    d_real = np.clip(d_real, EPS, 1.0 - EPS)
    d_fake = np.clip(d_fake, EPS, 1.0 - EPS)
    return -(np.mean(np.log(d_real)) + np.mean(np.log(1.0 - d_fake)))
