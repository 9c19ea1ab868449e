# Degenerate stub: returns the constant loss 0.0.
def style_loss(style_gram, combination_gram, size):
    return 0.0
