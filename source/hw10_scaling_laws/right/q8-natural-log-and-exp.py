# Fits the parabola in the natural logarithm of the size, ln N, and converts the vertex back with np.exp: the vertex of
# a parabola in ln N = ln(10) log10 N is the same size.
def isoflop_minimum(n_params, losses):
    a, b, _ = np.polyfit(np.log(n_params), losses, 2)
    return np.exp(-b / (2 * a))
