# Uses the loss class with the mask as sample_weight and reduction="mean_with_sample_weight", which divides the weighted
# sum by the sum of the weights (the number of real tokens) rather than by all B * T positions.
def masked_loss(labels, logits):
    labels = ops.convert_to_tensor(labels)
    mask = ops.cast(ops.not_equal(labels, 0), "float32")
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True, reduction="mean_with_sample_weight")
    return loss(labels, ops.cast(ops.convert_to_tensor(logits), "float32"), sample_weight=mask)
