# Subtracts the lowest loss in place (losses -= losses.min()) to fit the excess over the best run: the vertex is the
# same, but the caller's losses are overwritten, so a later plot or fit of those runs sees shifted losses.
def isoflop_minimum(n_params, losses):
    losses -= losses.min()
    a, b, _ = np.polyfit(np.log10(n_params), losses, 2)
    return 10 ** (-b / (2 * a))
