# Projects with tf.clip_by_value, names the learning rate by keyword, and records each loss with .item() on its
# NumPy value instead of float().
def style_transfer(extractor, content_image, style_image, loss_fn, steps, learning_rate):
    content = np.array(content_image, dtype="float32")
    fixed_content, fixed_style = extractor(content[None]), extractor(np.asarray(style_image, "float32")[None])
    x = keras.Variable(content)
    optimizer = keras.optimizers.Adam(learning_rate=learning_rate)
    losses = []
    for step in range(steps):
        with tf.GradientTape() as tape:
            loss = loss_fn(x, extractor(ops.expand_dims(x, 0)), fixed_content, fixed_style)
        optimizer.apply([tape.gradient(loss, x)], [x])
        x.assign(tf.clip_by_value(x, 0.0, 1.0))
        losses.append(ops.convert_to_numpy(loss).item())
    return np.asarray(x.value), losses
