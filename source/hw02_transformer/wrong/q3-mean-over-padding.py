# Zeroes the padding losses but then averages over all B*T positions (tf.reduce_mean) instead of the real tokens.
def masked_loss(labels, logits):
    labels = tf.convert_to_tensor(labels)
    logits = tf.cast(tf.convert_to_tensor(logits), tf.float32)
    per_token = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    mask = tf.cast(labels != 0, per_token.dtype)
    return tf.reduce_mean(per_token * mask)
