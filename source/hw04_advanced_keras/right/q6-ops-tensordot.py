# Contracts both spatial axes at once with ops.tensordot(features, features, axes=([0, 1], [0, 1])), no reshape.
def gram_matrix(features):
    features = ops.convert_to_tensor(features, dtype="float32")
    return ops.tensordot(features, features, axes=([0, 1], [0, 1]))
