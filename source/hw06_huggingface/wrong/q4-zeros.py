# Degenerate stub: the constant 0.0 for the NumPy loss and for both Keras losses.
def sparse_ce_from_logits(logits, labels):
    return 0.0

loss_right = 0.0
loss_wrong = 0.0
