# Fits the parabola in vertex form, L = c + a (x - x0)^2 with x = log10 N, by scipy's curve_fit and returns 10 ** x0:
# the same least-squares parabola, its vertex read off directly.
from scipy.optimize import curve_fit


def isoflop_minimum(n_params, losses):
    x, losses = np.log10(np.asarray(n_params, dtype=float)), np.asarray(losses, dtype=float)
    start = [losses.min(), 0.1, x[np.argmin(losses)]]
    (c, a, x0), _ = curve_fit(lambda x, c, a, x0: c + a * (x - x0) ** 2, x, losses, p0=start)
    return 10 ** x0
