# Batches with tf.data (from_tensor_slices(...).batch(batch_size), no shuffle), MSE as keras.losses.MeanSquaredError.
def fit_with_tape(model, x, y, epochs, batch_size, learning_rate):
    dataset = tf.data.Dataset.from_tensor_slices((np.asarray(x, "float32"), np.asarray(y, "float32"))).batch(batch_size)
    mse = keras.losses.MeanSquaredError()
    optimizer = keras.optimizers.SGD(learning_rate=learning_rate)
    history = []
    for _ in range(epochs):
        total, count = 0.0, 0
        for x_batch, y_batch in dataset:
            with tf.GradientTape() as tape:
                loss = mse(y_batch, model(x_batch, training=True))
            optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_weights), model.trainable_weights))
            total += float(loss)
            count += 1
        history.append(total / count)
    return history
