# Sorts the points by x with one argsort applied to both arrays before fitting (new arrays; the caller's stay as
# they were): each x keeps its own y, and the least-squares line needs no order anyway.
def fit_power_law(x, y):
    order = np.argsort(x)
    log_x, log_y = np.log10(np.asarray(x)[order]), np.log10(np.asarray(y)[order])
    slope, intercept = np.polyfit(log_x, log_y, 1)
    return 10 ** intercept, slope
