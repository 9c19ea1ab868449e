# Writes the cross-entropy with TensorFlow's own ops (tf.clip_by_value, tf.math.log, tf.reduce_sum, tf.reduce_mean)
# instead of keras.ops: the same value, on NumPy arrays and on the tensors of a traced train_step alike.
def reconstruction_loss(x, x_hat):
    x, x_hat = tf.convert_to_tensor(x), tf.convert_to_tensor(x_hat)
    x_hat = tf.clip_by_value(x_hat, 1e-7, 1.0 - 1e-7)
    per_pixel = -(x * tf.math.log(x_hat) + (1.0 - x) * tf.math.log(1.0 - x_hat))
    return tf.reduce_mean(tf.reduce_sum(per_pixel, axis=-1))
