# Loops over the points with an index into a 1-D result, np.zeros(len(p_data)): right for 1-D arrays, but for an array
# of shape (3, 4) each p_data[i] is a row and the assignment fails.
def optimal_discriminator(p_data, p_model):
    d = np.zeros(len(p_data))
    for i in range(len(p_data)):
        d[i] = p_data[i] / (p_data[i] + p_model[i])
    return d
