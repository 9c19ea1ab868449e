# Degenerate stub: returns the constant loss 0.0 (right only for a constant image).
def total_variation_loss(image):
    return 0.0
