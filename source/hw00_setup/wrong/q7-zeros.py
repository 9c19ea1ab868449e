# Degenerate stub: returns an (n_classes, f) tensor of zeros without averaging anything.
def class_means(X, y, n_classes):
    return keras.ops.zeros((n_classes, np.shape(X)[1]))
