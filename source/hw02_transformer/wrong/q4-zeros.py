# Degenerate stub: returns the constant accuracy 0.0 whatever the labels and logits.
def masked_accuracy(labels, logits):
    return ops.convert_to_tensor(0.0)
