# Divides the Gram matrix by the number of positions H * W, as TensorFlow's style-transfer tutorial does; here the
# Gram matrix is not normalised (the normalisation lives in the style loss).
def gram_matrix(features):
    features = ops.convert_to_tensor(features, dtype="float32")
    channels = ops.shape(features)[-1]
    F = ops.reshape(features, (-1, channels))
    return ops.matmul(ops.transpose(F), F) / ops.cast(ops.shape(F)[0], "float32")
