# Fits the line with np.polynomial.Polynomial.fit, NumPy's newer polynomial API, instead of np.polyfit: convert()
# maps the coefficients back from the scaled window, and they come lowest degree first, [intercept, slope].
def fit_power_law(x, y):
    intercept, slope = np.polynomial.Polynomial.fit(np.log10(x), np.log10(y), 1).convert().coef
    return 10 ** intercept, slope
