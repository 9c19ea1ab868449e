# Takes the gradient once, at the start image, and repeats that same step: the tape is outside the loop, so the
# later steps never see how the image, and the gradient, changed.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    with tf.GradientTape() as tape:
        tape.watch(x)
        activation = ops.mean(extractor(x)[..., unit])
    direction = tf.math.l2_normalize(tape.gradient(activation, x))
    for _ in range(steps):
        x = x + learning_rate * direction
    return np.array(x[0])
