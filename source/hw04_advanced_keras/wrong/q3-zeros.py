# Degenerate stub: trains nothing and returns a loss of 0.0 for every epoch.
def fit_with_tape(model, x, y, epochs, batch_size, learning_rate):
    return [0.0] * epochs
