# Steps along the raw gradient, x + lr * g, without dividing by its L2 norm: the step size then depends on the scale
# of the gradient.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(extractor(x)[..., unit])
        grad = tape.gradient(activation, x)
        x = x + learning_rate * grad
    return np.array(x[0])
