# Normalises the gradient over the spatial axes, channel by channel (tf.math.l2_normalize(grad, axis=[1, 2])): a
# step moves the image by learning_rate * sqrt(channels), not learning_rate.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(extractor(x)[..., unit])
        grad = tape.gradient(activation, x)
        x = x + learning_rate * tf.math.l2_normalize(grad, axis=[1, 2])
    return np.array(x[0])
