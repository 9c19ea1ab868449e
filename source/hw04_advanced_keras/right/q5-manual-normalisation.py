# Normalises the gradient by hand, g / ||g||_2 with keras.ops (and a zero step when g = 0, as tf.math.l2_normalize
# does), builds the sub-model from model.inputs, and returns a copy via ops.convert_to_numpy: the same steps.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    sub_model = keras.Model(model.inputs, model.get_layer(layer_name).output)
    x = tf.constant(np.array(image, dtype="float32")[np.newaxis])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            tape.watch(x)
            activation = ops.mean(sub_model(x)[..., unit])
        grad = tape.gradient(activation, x)
        norm = ops.sqrt(ops.sum(ops.square(grad)))
        step = ops.where(norm > 0, grad / ops.maximum(norm, 1e-30), ops.zeros_like(grad))
        x = x + learning_rate * step
    return ops.convert_to_numpy(x)[0].copy()
