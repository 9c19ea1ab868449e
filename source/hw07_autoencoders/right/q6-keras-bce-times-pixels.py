# Takes Keras' binary cross-entropy, which averages over the pixels, and multiplies it by the number of pixels d to sum.
def reconstruction_loss(x, x_hat):
    x_hat = ops.clip(x_hat, 1e-7, 1.0 - 1e-7)
    per_example = keras.losses.binary_crossentropy(x, x_hat) * ops.cast(ops.shape(x)[-1], "float32")
    return ops.mean(per_example)
