# Computes the sum of squares in NumPy and returns a Python float (the prompt allows NumPy for the style-transfer
# losses): the same scalar.
def content_loss(content_features, generated_features):
    difference = np.asarray(generated_features, dtype="float64") - np.asarray(content_features, dtype="float64")
    return float(np.sum(difference ** 2))
