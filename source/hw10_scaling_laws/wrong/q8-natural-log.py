# Fits the parabola in the natural logarithm of the size but converts the vertex back with 10 ** x.
def isoflop_minimum(n_params, losses):
    a, b, _ = np.polyfit(np.log(n_params), losses, 2)
    return 10 ** (-b / (2 * a))
