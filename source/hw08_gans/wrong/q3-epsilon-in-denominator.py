# Adds Question 1's EPS = 1e-7 to the denominator "to avoid dividing by zero": right for densities near 1, but D*
# depends only on the ratio of the densities, and for small ones (a Gaussian's tail) the epsilon swamps them.
def optimal_discriminator(p_data, p_model):
    p_data = np.asarray(p_data, dtype="float64")
    p_model = np.asarray(p_model, dtype="float64")
    return p_data / (p_data + p_model + EPS)
