# Uses keras.losses.MeanSquaredError(reduction="sum"): it averages the squares over the last axis (the channels)
# before summing, so the loss is the sum divided by the number of channels.
def content_loss(content_features, generated_features):
    return keras.losses.MeanSquaredError(reduction="sum")(content_features, generated_features)
