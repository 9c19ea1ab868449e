# Degenerate stub: the same unit vector for every sentence, without running the model.
def embed(sentences):
    return np.full((len(sentences), 384), 1.0 / np.sqrt(384))
