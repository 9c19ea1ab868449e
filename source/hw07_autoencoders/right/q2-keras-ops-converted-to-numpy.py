# Computes the per-example mean over the last axis with keras.ops (the notebook's tensor library) and converts the
# result with ops.convert_to_numpy: the same mean squared error of each example, returned as the NumPy array of shape
# (n,) that the question asks for.
def reconstruction_errors(X, X_hat):
    squared = ops.square(ops.subtract(ops.convert_to_tensor(X, "float32"), ops.convert_to_tensor(X_hat, "float32")))
    return ops.convert_to_numpy(ops.mean(squared, axis=-1))
