# Normalises the gradient with ops.normalize, over the last axis: each pixel's channel vector gets norm 1, so a step
# moves the image by learning_rate * sqrt(H * W), not learning_rate.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(extractor(x)[..., unit])
        grad = tape.gradient(activation, x)
        x = x + learning_rate * ops.normalize(grad)
    return np.array(x[0])
