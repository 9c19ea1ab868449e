# Reshapes straight to (B, h, T, d/h) without a transpose: right shape, features scrambled across positions.
def split_heads(x, num_heads):
    x = tf.convert_to_tensor(x)
    B, T = tf.shape(x)[0], tf.shape(x)[1]
    d = x.shape[-1]
    return tf.reshape(x, (B, num_heads, T, d // num_heads))
