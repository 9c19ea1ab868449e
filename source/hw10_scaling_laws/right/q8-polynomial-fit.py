# Fits the parabola with np.polynomial.Polynomial.fit (coefficients in increasing order once converted back
# from its scaled domain) instead of np.polyfit: the same least-squares parabola.
def isoflop_minimum(n_params, losses):
    c, b, a = np.polynomial.Polynomial.fit(np.log10(n_params), losses, 2).convert().coef
    return 10 ** (-b / (2 * a))
