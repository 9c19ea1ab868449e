# Returns the intercept log10 k instead of k.
def fit_power_law(x, y):
    a, log_k = np.polyfit(np.log10(x), np.log10(y), 1)
    return log_k, a
