# Computes the loss in NumPy float64 with a stable log-sum-exp (the largest logit subtracted first) and boolean
# indexing of the real tokens.
def masked_loss(labels, logits):
    labels = np.asarray(labels)
    z = np.asarray(logits, dtype="float64")
    m = z.max(axis=-1, keepdims=True)
    lse = (m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True)))[..., 0]
    nll = lse - np.take_along_axis(z, labels[..., None], axis=-1)[..., 0]
    return float(nll[labels != 0].mean())
