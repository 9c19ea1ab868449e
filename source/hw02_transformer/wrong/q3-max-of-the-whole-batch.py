# Writes the log-sum-exp by hand but subtracts the largest logit of the whole batch, ops.max(z) without axis=-1: exact
# while every token's logits are near the batch's largest, -inf for a token whose logits all lie ~100 or more below it.
def masked_loss(labels, logits):
    labels = ops.cast(ops.convert_to_tensor(labels), "int32")
    z = ops.cast(ops.convert_to_tensor(logits), "float32")
    m = ops.max(z)
    log_sum_exp = m + ops.log(ops.sum(ops.exp(z - m), axis=-1))
    true_logit = ops.take_along_axis(z, ops.expand_dims(labels, -1), axis=-1)[..., 0]
    mask = ops.not_equal(labels, 0)
    per_token = ops.where(mask, log_sum_exp - true_logit, 0.0)
    return ops.sum(per_token) / ops.sum(ops.cast(mask, "float32"))
