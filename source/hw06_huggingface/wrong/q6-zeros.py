# Degenerate stub: an all-zero (len(sentences), 384) array, without running the model.
def embed(sentences):
    return np.zeros((len(sentences), 384))
