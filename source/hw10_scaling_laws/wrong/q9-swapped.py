# Returns (slope, k): np.polyfit gives [slope, intercept], and the pair was returned in that order.
def fit_power_law(x, y):
    a, log_k = np.polyfit(np.log10(x), np.log10(y), 1)
    return a, 10 ** log_k
