# Degenerate stub: returns the constant 0.0 (right only for identical distributions).
def js_divergence(p, q):
    return 0.0
