# Averages the squared differences instead of summing them.
def content_loss(content_features, generated_features):
    return np.mean((np.asarray(generated_features, dtype="float32") - np.asarray(content_features, dtype="float32")) ** 2)
