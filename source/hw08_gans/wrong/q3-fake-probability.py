# Puts the model density in the numerator: returns the probability of "fake", not of "real".
def optimal_discriminator(p_data, p_model):
    p_data = np.asarray(p_data, dtype="float64")
    p_model = np.asarray(p_model, dtype="float64")
    return p_model / (p_data + p_model)
