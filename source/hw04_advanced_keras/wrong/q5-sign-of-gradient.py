# Steps along the sign of the gradient (as in an FGSM attack): every pixel moves by learning_rate, not the image.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(extractor(x)[..., unit])
        x = x + learning_rate * ops.sign(tape.gradient(activation, x))
    return np.array(x[0])
