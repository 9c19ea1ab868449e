# Builds the one-hot matrix by broadcasting a comparison of the labels (n, 1) with keras.ops.arange(n_classes) (1, C)
# instead of keras.ops.one_hot, and counts each class with keras.ops.count_nonzero: the same class means.
def class_means(X, y, n_classes):
    X = keras.ops.convert_to_tensor(X, dtype="float32")
    y = keras.ops.convert_to_tensor(y, dtype="int32")
    M = keras.ops.cast(keras.ops.expand_dims(y, 1) == keras.ops.arange(n_classes, dtype="int32")[None, :], "float32")
    counts = keras.ops.cast(keras.ops.count_nonzero(M, axis=0), "float32")
    return keras.ops.matmul(keras.ops.transpose(M), X) / keras.ops.expand_dims(counts, 1)
