# Shuffles the examples at the start of every epoch, as tutorials do, although the batches must go in order.
def fit_with_tape(model, x, y, epochs, batch_size, learning_rate):
    x = np.asarray(x, dtype="float32"); y = np.asarray(y, dtype="float32")
    optimizer = keras.optimizers.SGD(learning_rate=learning_rate)
    epoch_losses = []
    for epoch in range(epochs):
        order = np.random.permutation(len(x))
        xs, ys = x[order], y[order]
        batch_losses = []
        for start in range(0, len(x), batch_size):
            x_batch, y_batch = xs[start:start + batch_size], ys[start:start + batch_size]
            with tf.GradientTape() as tape:
                loss = ops.mean(ops.square(y_batch - model(x_batch, training=True)))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply(grads, model.trainable_variables)
            batch_losses.append(float(loss))
        epoch_losses.append(float(np.mean(batch_losses)))
    return epoch_losses
