# Sums the squared differences over the last axis only, as a Keras loss reduces per sample: it returns one value per
# position, an (H, W) array, not the scalar sum over all entries.
def content_loss(content_features, generated_features):
    content_features = ops.convert_to_tensor(content_features, dtype="float32")
    generated_features = ops.convert_to_tensor(generated_features, dtype="float32")
    return ops.sum(ops.square(generated_features - content_features), axis=-1)
