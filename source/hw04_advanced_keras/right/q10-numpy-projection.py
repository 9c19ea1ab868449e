# Adds the batch axis with np.expand_dims, projects with NumPy (x.assign(np.clip(...))) and records each loss with
# .item(): the same projected Adam iterates, and steps=0 returns the content image and no loss.
def style_transfer(extractor, content_image, style_image, loss_fn, steps, learning_rate):
    content = np.array(content_image, dtype="float32")
    content_features = extractor(np.expand_dims(content, 0))
    style_features = extractor(np.expand_dims(np.asarray(style_image, dtype="float32"), 0))
    x = keras.Variable(content)
    optimizer = keras.optimizers.Adam(learning_rate=learning_rate)
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = loss_fn(x, extractor(ops.expand_dims(x, 0)), content_features, style_features)
        optimizer.apply([tape.gradient(loss, x)], [x])
        x.assign(np.clip(ops.convert_to_numpy(x), 0.0, 1.0))
        losses.append(ops.convert_to_numpy(loss).item())
    return ops.convert_to_numpy(x), losses
