# Subtracts the squares instead of squaring the difference: sum(generated^2 - content^2), right only when the
# content features are zero.
def content_loss(content_features, generated_features):
    content_features = ops.convert_to_tensor(content_features, dtype="float32")
    generated_features = ops.convert_to_tensor(generated_features, dtype="float32")
    return ops.sum(ops.square(generated_features) - ops.square(content_features))
