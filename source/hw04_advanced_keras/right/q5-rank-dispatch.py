# Reads a(x) by the output's rank: the mean over the positions of a feature map, the unit itself for a Dense layer.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(model.inputs, model.get_layer(layer_name).output)
    x = tf.constant(np.array(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            out = extractor(x)
            activation = out[0, unit] if len(out.shape) == 2 else ops.mean(out[0, :, :, unit])
        grad = tape.gradient(activation, x)
        x = x + learning_rate * grad / tf.norm(grad)
    return x.numpy()[0]
