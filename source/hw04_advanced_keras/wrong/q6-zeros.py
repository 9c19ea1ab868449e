# Degenerate stub: returns a (channels, channels) matrix of zeros.
def gram_matrix(features):
    channels = np.shape(features)[-1]
    return np.zeros((channels, channels), dtype="float32")
