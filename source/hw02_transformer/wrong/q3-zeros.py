# Degenerate stub: returns the constant loss 0.0 whatever the labels and logits.
def masked_loss(labels, logits):
    return ops.convert_to_tensor(0.0)
