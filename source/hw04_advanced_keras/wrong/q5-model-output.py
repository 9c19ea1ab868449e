# Climbs unit `unit` of the model's final output instead of the layer named layer_name.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(model(x)[..., unit])
        grad = tape.gradient(activation, x)
        x = x + learning_rate * tf.math.l2_normalize(grad)
    return np.array(x[0])
