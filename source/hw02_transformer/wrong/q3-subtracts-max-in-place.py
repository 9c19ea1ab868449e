# Writes the stable log-sum-exp in NumPy but subtracts each token's largest logit in place (z -= max): np.asarray
# returns the caller's float32 array itself, so the loss is right but the caller's logits are overwritten.
def masked_loss(labels, logits):
    labels = np.asarray(labels)
    z = np.asarray(logits)
    z -= z.max(axis=-1, keepdims=True)
    nll = np.log(np.exp(z).sum(axis=-1)) - np.take_along_axis(z, labels[..., None], axis=-1)[..., 0]
    mask = labels != 0
    return float((nll * mask).sum() / mask.sum())
