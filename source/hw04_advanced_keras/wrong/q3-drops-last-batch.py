# Steps only through full batches (range stops batch_size early): the smaller last batch is never trained on.
def fit_with_tape(model, x, y, epochs, batch_size, learning_rate):
    x = np.asarray(x, dtype="float32"); y = np.asarray(y, dtype="float32")
    optimizer = keras.optimizers.SGD(learning_rate=learning_rate)
    epoch_losses = []
    for epoch in range(epochs):
        batch_losses = []
        for start in range(0, len(x) - batch_size + 1, batch_size):
            x_batch, y_batch = x[start:start + batch_size], y[start:start + batch_size]
            with tf.GradientTape() as tape:
                loss = ops.mean(ops.square(y_batch - model(x_batch, training=True)))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply(grads, model.trainable_variables)
            batch_losses.append(float(loss))
        epoch_losses.append(float(np.mean(batch_losses)))
    return epoch_losses
