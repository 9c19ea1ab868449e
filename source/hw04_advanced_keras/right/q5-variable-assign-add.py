# Keeps the image in a tf.Variable (watched by the tape without tape.watch), reads a(x) as the layer output's
# mean over all but the last axis, and steps with assign_add(learning_rate * g / tf.norm(g)): the same steps.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(model.inputs, model.get_layer(layer_name).output)
    x = tf.Variable(np.array(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            output = extractor(x)
            activation = tf.reduce_mean(output[..., unit])
        grad = tape.gradient(activation, x)
        norm = tf.norm(grad)
        if float(norm) > 0:
            x.assign_add(learning_rate * grad / norm)
    return x.numpy()[0]
