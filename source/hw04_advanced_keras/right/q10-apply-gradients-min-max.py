# Applies the gradient with optimizer.apply_gradients([(grad, x)]) and projects with ops.minimum(ops.maximum(x, 0), 1)
# instead of optimizer.apply and ops.clip, and records each loss before the update: the same iterates and losses.
def style_transfer(extractor, content_image, style_image, loss_fn, steps, learning_rate):
    content_features = extractor(np.asarray(content_image, dtype="float32")[None])
    style_features = extractor(np.asarray(style_image, dtype="float32")[None])
    x = keras.Variable(np.array(content_image, dtype="float32"))
    optimizer = keras.optimizers.Adam(learning_rate=learning_rate)
    losses = []
    for step in range(steps):
        with tf.GradientTape() as tape:
            loss = loss_fn(x, extractor(x[None]), content_features, style_features)
        losses.append(float(ops.convert_to_numpy(loss)))
        grad = tape.gradient(loss, x)
        optimizer.apply_gradients([(grad, x)])
        x.assign(ops.minimum(ops.maximum(x, 0.0), 1.0))
    return np.array(ops.convert_to_numpy(x)), losses
