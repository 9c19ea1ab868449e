# Sorts the sizes but not their losses, so runs given out of order are paired with the wrong losses.
def isoflop_minimum(n_params, losses):
    a, b, _ = np.polyfit(np.log10(np.sort(n_params)), losses, 2)
    return 10 ** (-b / (2 * a))
