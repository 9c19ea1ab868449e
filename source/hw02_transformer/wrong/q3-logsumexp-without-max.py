# Writes the log-sum-exp by hand as log(sum(exp(z))) without subtracting the largest logit first: exp(120) overflows
# float32 to inf, so a confidently wrong prediction costs inf instead of 120.
def masked_loss(labels, logits):
    labels = ops.convert_to_tensor(labels)
    z = ops.cast(ops.convert_to_tensor(logits), "float32")
    true_logit = ops.take_along_axis(z, ops.expand_dims(ops.cast(labels, "int32"), -1), axis=-1)[..., 0]
    per_token = ops.log(ops.sum(ops.exp(z), axis=-1)) - true_logit
    mask = ops.cast(ops.not_equal(labels, 0), "float32")
    return ops.sum(ops.where(mask > 0, per_token, 0.0)) / ops.sum(mask)
