# Degenerate stub: returns 1/2 everywhere, as if the two densities always agreed.
def optimal_discriminator(p_data, p_model):
    return np.full_like(np.asarray(p_data, dtype="float64"), 0.5)
