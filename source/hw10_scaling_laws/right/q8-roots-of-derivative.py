# Finds the vertex as the root of the fitted parabola's derivative, np.roots(np.polyder(p)), instead of writing
# -b / (2a) out: the same x*, and 10 ** x* the same size.
def isoflop_minimum(n_params, losses):
    parabola = np.polyfit(np.log10(n_params), losses, 2)
    (x_star,) = np.roots(np.polyder(parabola))
    return 10 ** x_star
