# Creates keras.optimizers.Adam() with its default learning rate (0.001), ignoring the learning_rate argument.
def style_transfer(extractor, content_image, style_image, loss_fn, steps, learning_rate):
    content_image = np.asarray(content_image, dtype="float32")
    content_features = extractor(content_image[None])
    style_features = extractor(np.asarray(style_image, dtype="float32")[None])
    x = keras.Variable(content_image)
    optimizer = keras.optimizers.Adam()
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = loss_fn(x, extractor(x[None]), content_features, style_features)
        grad = tape.gradient(loss, x)
        optimizer.apply([grad], [x])
        x.assign(ops.clip(x, 0.0, 1.0))
        losses.append(float(loss))
    return ops.convert_to_numpy(x), losses
