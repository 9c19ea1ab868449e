# Finds the minimum of the fitted parabola numerically, scipy.optimize.minimize_scalar (Brent's method), instead of
# writing -b / (2a) out: the same vertex to about 1e-8 of log10 N.
from scipy.optimize import minimize_scalar


def isoflop_minimum(n_params, losses):
    parabola = np.poly1d(np.polyfit(np.log10(n_params), losses, 2))
    return 10 ** minimize_scalar(parabola).x
