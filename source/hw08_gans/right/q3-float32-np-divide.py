# Converts the densities to float32 and divides with np.divide instead of float64 and "/": the same ratio
# p_data / (p_data + p_model), elementwise, in the input's shape (float32 keeps about 7 significant digits, plenty for
# a probability).
def optimal_discriminator(p_data, p_model):
    p_data = np.asarray(p_data, dtype="float32")
    p_model = np.asarray(p_model, dtype="float32")
    return np.divide(p_data, np.add(p_data, p_model))
