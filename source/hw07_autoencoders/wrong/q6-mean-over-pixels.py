# Uses keras.losses.binary_crossentropy, which averages over the pixels instead of summing them.
def reconstruction_loss(x, x_hat):
    return ops.mean(keras.losses.binary_crossentropy(x, x_hat))
