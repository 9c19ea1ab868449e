# Keeps the 1/2 factor of some textbooks: half the sum of squared differences.
def content_loss(content_features, generated_features):
    content_features = ops.convert_to_tensor(content_features, dtype="float32")
    generated_features = ops.convert_to_tensor(generated_features, dtype="float32")
    return 0.5 * ops.sum(ops.square(generated_features - content_features))
