# Degenerate stub: returns (a copy of) the start image unchanged, taking no step.
def gradient_ascent(model, layer_name, unit, image, steps, learning_rate):
    return np.array(image, dtype="float32")
