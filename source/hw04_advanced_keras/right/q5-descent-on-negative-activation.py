# Writes the ascent as descent on the loss -a(x): the normalised gradient of -a(x) is subtracted from the image, and
# a(x) is read through the model's own layer list (model.get_layer) with model.inputs.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    extractor = keras.Model(model.inputs, model.get_layer(layer_name).output)
    x = tf.constant(np.array(image, dtype="float32", copy=True)[np.newaxis])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            loss = -ops.mean(extractor(x)[..., unit])
        grad = tape.gradient(loss, x)
        x = x - learning_rate * tf.math.l2_normalize(grad)
    return x.numpy()[0]
