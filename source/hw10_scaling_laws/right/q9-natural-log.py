# Fits the line in natural logarithms, ln y = ln k + a ln x, and takes k = exp(intercept): the same slope and k.
def fit_power_law(x, y):
    a, ln_k = np.polyfit(np.log(x), np.log(y), 1)
    return np.exp(ln_k), a
