# Takes the log of the softmax probabilities: for a confidently wrong prediction the softmax of the true class
# underflows to 0 in float32 and the loss becomes inf instead of the logit gap (use log-sum-exp or from_logits=True).
def masked_loss(labels, logits):
    labels = ops.convert_to_tensor(labels)
    probs = ops.softmax(ops.cast(ops.convert_to_tensor(logits), "float32"), axis=-1)
    true_prob = ops.take_along_axis(probs, ops.expand_dims(ops.cast(labels, "int32"), -1), axis=-1)[..., 0]
    per_token = -ops.log(true_prob)
    mask = ops.cast(ops.not_equal(labels, 0), per_token.dtype)
    return ops.sum(ops.where(mask > 0, per_token, 0.0)) / ops.sum(mask)
