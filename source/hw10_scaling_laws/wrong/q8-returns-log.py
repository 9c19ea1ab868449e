# Returns the vertex -b / (2a) itself, the logarithm of the model size, not the size.
def isoflop_minimum(n_params, losses):
    a, b, _ = np.polyfit(np.log10(n_params), losses, 2)
    return -b / (2 * a)
