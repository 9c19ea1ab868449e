# Degenerate stub: returns the constant loss 0.0.
def content_loss(content_features, generated_features):
    return 0.0
