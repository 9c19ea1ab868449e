# Averages the squared differences instead of summing them.
def content_loss(content_features, generated_features):
    difference = np.asarray(generated_features, dtype="float32") - np.asarray(content_features, dtype="float32")
    return np.mean(difference ** 2)
