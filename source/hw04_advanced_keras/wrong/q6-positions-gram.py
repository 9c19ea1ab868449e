# Multiplies in the wrong order, F F^T: an (H*W, H*W) matrix of position similarities instead of channel ones.
def gram_matrix(features):
    features = ops.convert_to_tensor(features, dtype="float32")
    F = ops.reshape(features, (-1, ops.shape(features)[-1]))
    return ops.matmul(F, ops.transpose(F))
