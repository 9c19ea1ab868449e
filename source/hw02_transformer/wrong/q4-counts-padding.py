# Plain accuracy: counts padding positions too.
def masked_accuracy(labels, logits):
    labels = tf.cast(tf.convert_to_tensor(labels), tf.int64)
    pred = tf.argmax(logits, axis=-1)
    return tf.reduce_mean(tf.cast(pred == labels, tf.float32))
