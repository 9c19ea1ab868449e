# Converts the image it returns inside the loop: with steps=0 the loop never runs and `image` is never assigned
# (UnboundLocalError) instead of returning the content image and an empty list.
def style_transfer(extractor, content_image, style_image, loss_fn, steps, learning_rate):
    content_image = np.asarray(content_image, dtype="float32")
    content_features = extractor(content_image[None])
    style_features = extractor(np.asarray(style_image, dtype="float32")[None])
    x = keras.Variable(content_image)
    optimizer = keras.optimizers.Adam(learning_rate)
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = loss_fn(x, extractor(x[None]), content_features, style_features)
        grad = tape.gradient(loss, x)
        optimizer.apply([grad], [x])
        x.assign(ops.clip(x, 0.0, 1.0))
        losses.append(float(loss))
        image = ops.convert_to_numpy(x)
    return image, losses
