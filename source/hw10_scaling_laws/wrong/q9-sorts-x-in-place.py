# Sorts the caller's x in place (x.sort()) before fitting and leaves y as it came: points listed out of order lose
# their pairing, and the caller's array of x values is reordered too.
def fit_power_law(x, y):
    x.sort()
    slope, intercept = np.polyfit(np.log10(x), np.log10(y), 1)
    return 10 ** intercept, slope
