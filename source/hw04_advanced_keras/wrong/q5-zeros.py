# Degenerate stub: returns an all-zero image of the start image's shape.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    return np.zeros_like(np.asarray(image, dtype="float32"))
