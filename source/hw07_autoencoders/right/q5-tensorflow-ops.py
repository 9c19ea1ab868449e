# Writes the KL with TensorFlow's own ops (tf.exp, tf.square, tf.reduce_sum, tf.reduce_mean) instead of keras.ops:
# the same value, on NumPy arrays and on the tensors of a traced train_step alike.
def kl_loss(z_mean, z_log_var):
    z_mean, z_log_var = tf.convert_to_tensor(z_mean), tf.convert_to_tensor(z_log_var)
    per_example = -0.5 * tf.reduce_sum(1.0 + z_log_var - tf.square(z_mean) - tf.exp(z_log_var), axis=-1)
    return tf.reduce_mean(per_example)
