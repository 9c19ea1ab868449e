# Uses tf.nn.l2_loss, which is half the sum of squares, times 2: the same plain sum.
def content_loss(content_features, generated_features):
    generated = tf.convert_to_tensor(generated_features, tf.float32)
    return 2.0 * tf.nn.l2_loss(generated - tf.convert_to_tensor(content_features, tf.float32))
