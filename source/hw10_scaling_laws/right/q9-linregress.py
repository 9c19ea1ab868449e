# Fits the line with scipy.stats.linregress on the logarithms instead of np.polyfit: the same least-squares slope and
# intercept, read by name.
from scipy.stats import linregress


def fit_power_law(x, y):
    line = linregress(np.log10(x), np.log10(y))
    return 10 ** line.intercept, line.slope
