# Reshapes (H, W, channels) straight to (channels, H*W) without moving the channel axis first, scrambling the entries.
def gram_matrix(features):
    features = np.asarray(features, dtype="float32")
    F = features.reshape(features.shape[-1], -1)
    return F @ F.T
