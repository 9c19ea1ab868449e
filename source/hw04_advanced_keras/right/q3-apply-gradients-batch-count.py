# Updates with the older spelling optimizer.apply_gradients(zip(grads, variables)) (the notebook says it does the same
# as apply), counts the batches with ceil(n / batch_size), and averages the batch losses with sum / count.
def fit_with_tape(model, x, y, epochs, batch_size, learning_rate):
    x = np.asarray(x, dtype="float32")
    y = np.asarray(y, dtype="float32")
    optimizer = keras.optimizers.SGD(learning_rate=learning_rate)
    n_batches = int(np.ceil(len(x) / batch_size))
    history = []
    for _ in range(epochs):
        total = 0.0
        for i in range(n_batches):
            xb = x[i * batch_size:(i + 1) * batch_size]
            yb = y[i * batch_size:(i + 1) * batch_size]
            with tf.GradientTape() as tape:
                loss = ops.mean(ops.square(model(xb, training=True) - yb))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))
            total += float(ops.convert_to_numpy(loss))
        history.append(total / n_batches)
    return history
