# Assigns the image it returns inside the loop: with steps=0 the loop never runs and `climbed` is never assigned
# (UnboundLocalError) instead of returning the start image.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(inputs=model.input, outputs=model.get_layer(layer_name).output)
    x = tf.convert_to_tensor(np.asarray(image, dtype="float32")[None])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(extractor(x)[..., unit])
        grad = tape.gradient(activation, x)
        x = x + learning_rate * tf.math.l2_normalize(grad)
        climbed = np.array(x[0])
    return climbed
