# Keeps the generated image in a tf.Variable (the TensorFlow backend's own variable) instead of a keras.Variable,
# converts the features with tf.convert_to_tensor, and projects with tf.clip_by_value: the same Adam iterates.
def style_transfer(extractor, content_image, style_image, loss_fn, steps, learning_rate):
    content = tf.convert_to_tensor(content_image, dtype=tf.float32)
    content_features = extractor(content[None])
    style_features = extractor(tf.convert_to_tensor(style_image, dtype=tf.float32)[None])
    x = tf.Variable(content)
    optimizer = keras.optimizers.Adam(learning_rate=learning_rate)
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = loss_fn(x, extractor(x[None]), content_features, style_features)
        optimizer.apply([tape.gradient(loss, x)], [x])
        x.assign(tf.clip_by_value(x, 0.0, 1.0))
        losses.append(float(loss))
    return x.numpy(), losses
