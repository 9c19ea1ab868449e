# Keeps the image in NumPy between steps (a fresh tf.Variable per step, watched automatically) and normalises with
# np.linalg.norm over the whole gradient: the same steps, and steps=0 returns a copy of the start image.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(model.input, model.get_layer(layer_name).output)
    current = np.array(image, dtype="float32")
    for _ in range(steps):
        x = tf.Variable(current[None])
        with tf.GradientTape() as tape:
            activation = ops.mean(extractor(x)[..., unit])
        grad = np.asarray(tape.gradient(activation, x))[0]
        norm = np.linalg.norm(grad)
        if norm > 0:
            current = current + learning_rate * grad / norm
    return current
