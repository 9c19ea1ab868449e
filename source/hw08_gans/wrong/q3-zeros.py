# Degenerate stub: returns zeros of the input's shape.
def optimal_discriminator(p_data, p_model):
    return np.zeros_like(np.asarray(p_data, dtype="float64"))
